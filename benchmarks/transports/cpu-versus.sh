#!/usr/bin/env bash
# CPU per request of several harness builds (or one build under several runtime settings), alternating rounds, against
# the benchmark nginx: each run's user and system CPU over the middle of its main phase, divided by its requests there.
# The figure to judge a change by on a busy machine (requests/s move 2x with the other processes; CPU per request far less).
# Usage: benchmarks/transports/cpu-versus.sh CONNECTIONS plain|tls ROUNDS SECONDS ART[=NAME=value ...] ART[=...] ...
#   ART: an ArtifactsPath folder of `dotnet build src/Cli -c Release -p:ArtifactsPath=...`; after '=' the runtime
#   settings for that run, e.g. /tmp/art=DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT=1. Loopback only; every run bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
C=$1; MODE=$2; ROUNDS=$3; SECONDS_EACH=$4; shift 4
HERE=benchmarks/transports
WORK=$(mktemp -d /tmp/transports-cpu-versus.XXXXXX)
source "$HERE/nginx.sh"
source "$HERE/requests.sh"
closed_scenario bench-cpu-versus "$C" "$C" "$SECONDS_EACH" > "$WORK/closed.json"
if [ "$MODE" = tls ]; then BASE="https://127.0.0.1:$TLS"; EXTRA=(--ca-cert "$WORK/ca.pem"); else BASE="http://127.0.0.1:$PLAIN"; EXTRA=(); fi
TICK=$(getconf CLK_TCK)
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12, $13}'; }
# the window: from 40% to 90% of the main phase, clear of the JIT's start-up and of the end
WAIT1=$(python3 -c "print(1 + $SECONDS_EACH * 0.4)"); SPAN=$(python3 -c "print($SECONDS_EACH * 0.5)")
echo "| round | build (settings) | load average | requests/s | user us/req | sys us/req |"
echo "|---|---|---|---:|---:|---:|"
run=0
for r in $(seq "$ROUNDS"); do
  for spec in "$@"; do
    art=${spec%%=*}; settings=""; [[ "$spec" == *=* ]] && settings=${spec#*=}
    run=$((run + 1)); OUT="$WORK/run-$run"
    # shellcheck disable=SC2086 # the settings are a list of NAME=value words
    env $settings dotnet "$art/bin/Harness.Cli/release/harness.dll" load --out "$OUT" --key "$KEY" --scenario "$WORK/closed.json" --target "$BASE" "${EXTRA[@]}" > "$OUT.log" 2>&1 &
    P=$!
    sleep "$WAIT1"
    read -r u0 s0 < <(ticks "$P"); t0=$(date +%s.%N)
    sleep "$SPAN"
    read -r u1 s1 < <(ticks "$P"); t1=$(date +%s.%N)
    wait "$P" || true
    python3 - "$OUT" "$u0" "$s0" "$u1" "$s1" "$t0" "$t1" "$TICK" "$r" "$spec" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import glob, json, sys
out, u0, s0, u1, s1, t0, t1, tick, r, spec, load = sys.argv[1:]
m = json.load(open(glob.glob(out + '/*/run.json')[0]))['measured']
assert m['outcomes']['accepted'] == m['completed'], 'not all accepted'
n = m['completedPerSecond'] * (float(t1) - float(t0))
us = lambda d: d * 1e6 / int(tick) / n
print(f"| {r} | {spec} | {load} | {m['completedPerSecond']:.0f} | {us(int(u1) - int(u0)):.2f} | {us(int(s1) - int(s0)):.2f} |")
PY
  done
done
