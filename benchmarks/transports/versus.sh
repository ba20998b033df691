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
source "$HERE/nginx.sh"
source "$HERE/requests.sh"
closed_scenario bench-versus "$C" "$C" "$SECONDS_EACH" > "$WORK/closed.json"
if [ "$MODE" = tls ]; then BASE="https://127.0.0.1:$TLS"; EXTRA=(--ca-cert "$WORK/ca.pem"); else BASE="http://127.0.0.1:$PLAIN"; EXTRA=(); fi
run() { # art, out, env
  # shellcheck disable=SC2086 # the env is a list of NAME=value words
  env ${3:-} dotnet "$1/bin/Harness.Cli/release/harness.dll" load --out "$2" --key "$KEY" --scenario "$WORK/closed.json" --target "$BASE" "${EXTRA[@]}" > "$2.log" 2>&1 || true
  python3 -c "import json,glob,sys; r=json.load(open(glob.glob(sys.argv[1]+'/*/run.json')[0])); m=r['measured']; assert m['outcomes']['accepted']==m['completed'], 'not all accepted'; print(round(m['completedPerSecond']))" "$2"
}
echo "| round | load average | wrk | A | B |"
echo "|---|---|---|---|---|"
for r in $(seq "$ROUNDS"); do
  w=$(wrk -t2 -c"$C" -d"${SECONDS_EACH}s" -s "$WORK/post.lua" "$BASE$ROUTE" | awk '/Requests\/sec/ {print int($2)}')
  echo "| $r | $(cut -d' ' -f1 /proc/loadavg) | $w | $(run "$A" "$WORK/a-$r" "${A_ENV:-}") | $(run "$B" "$WORK/b-$r" "${B_ENV:-}") |"
done
