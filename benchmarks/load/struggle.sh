#!/usr/bin/env bash
# Load numbers when the target struggles (issue 11), each figure from a real harness process against the fake:
#   1. precision: zero-delay fake at 500/s, response p50 - service p50 (3 runs, median), dispatch lag; wrk's latency beside
#   2. overload:  fake fixed:50ms, 4 connections, 300/s asked: achieved rate, "below target", exit code
#   3. Poisson:   four seeds at 500/s against `achieved_rate >= 99%`
#   4. killed:    the fake killed mid-run: exit code, the one-line cause, the accounting identity
#   5. Ctrl+C:    SIGINT mid-run with a queue: exit code, seconds to exit, alarms the fake accepted after +0.5 s
# Usage: benchmarks/load/struggle.sh. Loopback only; every run bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=benchmarks/load
ART=${ART:-/tmp/art-load-struggle}
WORK=$(mktemp -d /tmp/load-struggle.XXXXXX)
KEY=benchKey0123456789abcdefghijKLMN
PORT=${FAKE_PORT:-28091}
dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
HARNESS="$ART/bin/Harness.Cli/release/harness"

fake_pid=""
stop_fake() { [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null && wait "$fake_pid" 2>/dev/null; fake_pid=""; }
trap stop_fake EXIT
# Ready when its stats answer (a fixed sleep was too short on a busy machine: the next run found nothing listening).
start_fake() {
  "$HARNESS" fake --urls "http://127.0.0.1:$PORT" --key "$KEY" "$@" > "$WORK/fake.log" 2>&1 & fake_pid=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/_fake/stats" >/dev/null && return; sleep 0.1; done
  echo "the fake did not start on port $PORT" >&2; exit 1
}
json() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {'r': r}))" "$1" "$2"; }
load() { # out-dir, args... ; prints "exit run.json"
  local out=$1; shift
  set +e; "$HARNESS" load --out "$out" --target "http://127.0.0.1:$PORT" --key "$KEY" "$@" > "$out.log" 2>&1; local rc=$?; set -e
  echo "$rc $(ls -d "$out"/*/run.json | head -1)"
}

echo "## Load numbers when the target struggles ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at start)"
echo
echo "### 1. Dispatch precision: zero-delay fake, open model at 500/s for 10 s, 16 connections"
echo "| run | response p50 | service p50 | difference | response p99 | service p99 | dispatch lag p50 / p99 |"
echo "|---|---|---|---|---|---|---|"
start_fake
diffs=()
for run in 1 2 3; do
  read -r rc file < <(load "$WORK/p$run" --scenario "$HERE/open.json" --rate 500 --duration 10s)
  rp=$(json "$file" "r['measured']['latency']['responseTime']['p50Ms']"); sp=$(json "$file" "r['measured']['latency']['serviceTime']['p50Ms']")
  d=$(python3 -c "print(round($rp-$sp, 3))"); diffs+=("$d")
  echo "| $run | $rp ms | $sp ms | $d ms | $(json "$file" "r['measured']['latency']['responseTime']['p99Ms']") ms | $(json "$file" "r['measured']['latency']['serviceTime']['p99Ms']") ms | $(json "$file" "r['selfCheck']['schedulerLagMs'].get('p50', 0)") / $(json "$file" "r['selfCheck']['schedulerLagMs'].get('p99', 0)") ms |"
done
echo
echo "median response p50 - service p50: $(python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "${diffs[@]}") ms (target < 0.2 ms)"
wrk -t1 -c16 -d10s --latency -s "$HERE/post.lua" "http://127.0.0.1:$PORT/v1/event/huawei/custom/$KEY" > "$WORK/wrk.txt"
echo "wrk -t1 -c16 -d10s against the same fake (closed loop, as fast as it goes): $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") requests/s, latency p50 $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt"), p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")"
echo
echo "### 3. Poisson arrivals at 500/s for 5 s, four seeds, threshold achieved_rate >= 99%"
echo "| seed | planned arrivals (drawn) | mean-rate expectation | sent | achieved_rate | exit |"
echo "|---|---|---|---|---|---|"
for seed in 1 2 3 4; do
  read -r rc file < <(load "$WORK/s$seed" --scenario "$HERE/poisson.json" --seed "$seed")
  echo "| $seed | $(json "$file" "r['phases'][0]['plannedArrivals']") | 2500 | $(json "$file" "r['phases'][0]['sent']") | $(grep -o 'achieved_rate >= 99% *[0-9.]*%' "$WORK/s$seed.log" | awk '{print $4}') | $rc |"
done
stop_fake
echo
echo "### 2. Overload: fake fixed:50ms (4 connections carry 80/s), 300/s asked for 3 s"
start_fake --latency fixed:50ms
read -r rc file < <(load "$WORK/over" --scenario "$HERE/struggle.json")
echo "exit $rc; $(grep -E '^  phase main' "$WORK/over.log" | sed 's/^ *//')"
echo "console: $(grep -o 'BELOW TARGET: .*' "$WORK/over.log" | head -1)"
echo "threshold: $(grep -E '^achieved_rate' "$WORK/over.log")"
echo "response p50 by second (grows with the queue): $(python3 -c "import csv,sys; print(', '.join(r['p50_ms'] for r in csv.DictReader(open(sys.argv[1])) if r['completed'] != '0'))" "$(dirname "$file")/timeline.csv") ms; service p50 $(json "$file" "r['measured']['latency']['serviceTime']['p50Ms']") ms"
stop_fake
echo
echo "### 4. The fake killed 3 s into a 10 s run at 100/s"
start_fake --latency fixed:5ms
"$HARNESS" load --out "$WORK/kill" --target "http://127.0.0.1:$PORT" --key "$KEY" --scenario "$HERE/struggle.json" --rate 100 --duration 10s > "$WORK/kill.log" 2>&1 & lp=$!
sleep 3; kill -9 "$fake_pid"; wait "$fake_pid" 2>/dev/null || true; fake_pid=""
set +e; wait "$lp"; rc=$?; set -e
file=$(ls -d "$WORK"/kill/*/run.json | head -1)
echo "exit $rc; $(grep -E '^FAILED' "$WORK/kill.log")"
echo "accounting holds: $(json "$file" "r['measured']['accountingHolds']") (sent $(json "$file" "r['measured']['sent']") = completed $(json "$file" "r['measured']['completed']") + timeouts $(json "$file" "r['measured']['outcomes']['timeout']") + connection errors $(json "$file" "r['measured']['outcomes']['connectionError']") + cancelled $(json "$file" "r['measured']['outcomes']['cancelled']"))"
echo
echo "### 5. SIGINT 4 s into a 30 s run at 300/s against fixed:50ms with 4 connections (a queue of late starts)"
start_fake --latency fixed:50ms
python3 - "$HARNESS" "$PORT" "$KEY" "$HERE/struggle.json" "$WORK/int" <<'PY'
import json, signal, subprocess, sys, time, urllib.request, glob
harness, port, key, scenario, out = sys.argv[1:]
accepted = lambda: json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/_fake/stats"))["accepted"]
p = subprocess.Popen([harness, "load", "--scenario", scenario, "--duration", "30s", "--target", f"http://127.0.0.1:{port}", "--key", key, "--out", out],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
time.sleep(4)
t0 = time.monotonic(); p.send_signal(signal.SIGINT)
time.sleep(0.5); half = accepted()
rc = p.wait(); took = time.monotonic() - t0
time.sleep(1); later = accepted()
run = json.load(open(glob.glob(f"{out}/*/run.json")[0]))
print(f"exit {rc} after {took:.2f} s; run.json present, partial {run['partial']}, accounting holds {run['measured']['accountingHolds']}; fake accepted {half} at +0.5 s and {later} a second after the exit ({later - half} more)")
PY
stop_fake
