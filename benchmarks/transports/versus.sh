#!/usr/bin/env bash
# Two builds of the harness side by side with wrk (plain or TLS HTTP/1.1), closed loop, same scenario as compare.sh,
# alternating rounds: wrk, then build A, then build B. For before/after checks of a change under the same load.
# Usage: benchmarks/transports/versus.sh A_ART B_ART [CONNECTIONS=16] [plain|tls] [ROUNDS=3] [SECONDS=5]
#   A_ART, B_ART: ArtifactsPath folders of two `dotnet build src/Cli -c Release -p:ArtifactsPath=...` builds.
#   A_ENV, B_ENV: runtime settings for either side ("NAME=value ..."), e.g. the same build twice with
#   B_ENV="DOTNET_TieredPGO=0" to try a runtime knob before making it the product's.
# Loopback only; every run bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1; B=$2; C=${3:-16}; MODE=${4:-plain}; ROUNDS=${5:-3}; SECONDS_EACH=${6:-5}
HERE=benchmarks/transports
WORK=$(mktemp -d /tmp/transports-versus.XXXXXX)
KEY=benchKey0123456789abcdefghijKLMN
BODY='{"alarmId":"bench0001","alarmName":"cpu usage high","alarmLevel":"Major","time":1732000000000,"nameSpace":"bench","regionId":"cn-north-4","applicationId":"benchmark-app","resourceName":"host-17","resourceId":"i-0123456789","alarmDesc":"cpu usage above 90 percent on host-17 for five minutes","URL":"http://monitor.example/alarms/bench0001","alarmStatus":"alarm","alarmSource":"zabbix","additional":{"team":"platform"}}'
source "$HERE/nginx.sh"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json;charset=UTF-8"\nwrk.body = [[%s]]\n' "$BODY" > "$WORK/post.lua"
printf '{"name":"bench-versus","phases":[{"type":"warmup","users":%s,"duration":"1s"},{"type":"constant-concurrency","name":"main","users":%s,"duration":"%ss"}],"payload":{"poolSize":1000,"seed":1},"transport":{"connections":%s,"requestTimeout":"5s","maxInFlight":%s}}' "$C" "$C" "$SECONDS_EACH" "$C" "$C" > "$WORK/closed.json"
if [ "$MODE" = tls ]; then BASE="https://127.0.0.1:$TLS"; EXTRA=(--ca-cert "$WORK/ca.pem"); else BASE="http://127.0.0.1:$PLAIN"; EXTRA=(); fi
run() { # art, out, env
  # shellcheck disable=SC2086 # the env is a list of NAME=value words
  env ${3:-} dotnet "$1/bin/Harness.Cli/release/harness.dll" load --out "$2" --key "$KEY" --scenario "$WORK/closed.json" --target "$BASE" "${EXTRA[@]}" > "$2.log" 2>&1 || true
  python3 -c "import json,glob,sys; r=json.load(open(glob.glob(sys.argv[1]+'/*/run.json')[0])); m=r['measured']; assert m['outcomes']['accepted']==m['completed'], 'not all accepted'; print(round(m['completedPerSecond']))" "$2"
}
echo "| round | load average | wrk | A | B |"
echo "|---|---|---|---|---|"
for r in $(seq "$ROUNDS"); do
  w=$(wrk -t2 -c"$C" -d"${SECONDS_EACH}s" -s "$WORK/post.lua" "$BASE/v1/event/huawei/custom/$KEY" | awk '/Requests\/sec/ {print int($2)}')
  echo "| $r | $(cut -d' ' -f1 /proc/loadavg) | $w | $(run "$A" "$WORK/a-$r" "${A_ENV:-}") | $(run "$B" "$WORK/b-$r" "${B_ENV:-}") |"
done
