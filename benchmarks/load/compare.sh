#!/usr/bin/env bash
# Load-engine benchmarks, side by side with wrk in one run (results/benchmarks/load.md records the output):
#   1. throughput: closed model vs wrk against nginx returning the success envelope (same connections, same duration)
#   2. fidelity:   open model at half the measured capacity (achieved vs target rate), and against the fake
#                  with a periodic stall (response time vs service time, wrk's figures beside)
#   3. memory:     peak RSS of a 60 s run vs a 10 s run at the same rate
# Usage: benchmarks/load/compare.sh [SECONDS=10] [CONNECTIONS=16]. Loopback only; every run bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-10}
CONNECTIONS=${2:-16}
HERE=benchmarks/load
ART=${ART:-/tmp/art-load-bench}
WORK=$(mktemp -d /tmp/load-bench.XXXXXX)
KEY=benchKey0123456789abcdefghijKLMN
NGINX_PORT=${NGINX_PORT:-28080}
FAKE_PORT=${FAKE_PORT:-28081}

for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null; }
done
dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
HARNESS=(dotnet "$ART/bin/Harness.Cli/release/harness.dll")

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

mkdir -p /tmp/load-bench-nginx
sed "s/__PORT__/$NGINX_PORT/" "$HERE/nginx.conf" > "$WORK/nginx.conf"
nginx -p /tmp/load-bench-nginx -c "$WORK/nginx.conf" -g 'daemon off;' 2> "$WORK/nginx.log" &
pids+=($!)
sleep 1

json() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {'r': r}))" "$1" "$2"; }
run_harness() { # out-dir, args...
  local out=$1; shift
  "${HARNESS[@]}" load --out "$out" "$@" > "$out.log" 2>&1 || true
  ls -d "$out"/*/run.json | head -1
}
wrk_rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
wrk_p99() { awk '$1=="99%" {print $2}' "$1"; }

echo "## Load engine benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_EACH}s each, ${CONNECTIONS} connections)"
echo
ROUNDS=${ROUNDS:-3}
echo "### 1. Throughput against nginx (closed model; $ROUNDS alternating rounds, medians)"
echo "| round | wrk -t2 -c$CONNECTIONS requests/s | harness ($CONNECTIONS users, raw transport) requests/s | ratio |"
echo "|---|---|---|---|"
wrks=(); hars=()
for round in $(seq "$ROUNDS"); do
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$HERE/post.lua" "http://127.0.0.1:$NGINX_PORT/v1/event/huawei/custom/$KEY" > "$WORK/wrk1-$round.txt"
  run=$(run_harness "$WORK/h1-$round" --scenario "$HERE/throughput.json" --target "http://127.0.0.1:$NGINX_PORT" --key "$KEY" --duration "${SECONDS_EACH}s" --connections "$CONNECTIONS")
  w=$(wrk_rps "$WORK/wrk1-$round.txt"); h=$(json "$run" "round(r['measured']['completedPerSecond'])")
  wrks+=("$w"); hars+=("$h")
  echo "| $round | $w | $h | $(python3 -c "print(round($h/$w, 3))") |"
done
wrk=$(python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "${wrks[@]}")
har=$(python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "${hars[@]}")
echo
echo "median: wrk $wrk/s, harness $har/s, ratio harness/wrk $(python3 -c "print(round($har/$wrk, 3))") (target >= 0.9)."
echo "last harness round: service time p50 $(json "$run" "r['measured']['latency']['serviceTime']['p50Ms']") ms, p99 $(json "$run" "r['measured']['latency']['serviceTime']['p99Ms']") ms; wrk p50 $(awk '$1=="50%" {print $2}' "$WORK/wrk1-$ROUNDS.txt"), p99 $(wrk_p99 "$WORK/wrk1-$ROUNDS.txt"); unexpected answers $(json "$run" "r['measured']['outcomes']['unexpectedAnswer']"), accounting holds $(json "$run" "r['measured']['accountingHolds']"), self-check understated $(json "$run" "r['selfCheck']['understated']")."
echo
half=$(python3 -c "print(int($har/2))")
echo "### 2a. Fidelity: open model at half capacity ($half/s against nginx)"
run=$(run_harness "$WORK/h2" --scenario "$HERE/open.json" --target "http://127.0.0.1:$NGINX_PORT" --key "$KEY" --rate "$half" --duration "${SECONDS_EACH}s" --connections "$CONNECTIONS")
echo "target $(json "$run" "[p for p in r['phases'] if not p['warmup']][0]['targetPerSecond']")/s, achieved $(json "$run" "[p for p in r['phases'] if not p['warmup']][0]['achievedPerSecond']")/s, error $(json "$run" "round(100*abs(1-[p for p in r['phases'] if not p['warmup']][0]['achievedPerSecond']/[p for p in r['phases'] if not p['warmup']][0]['targetPerSecond']),3)")% (target <= 1%); dropped $(json "$run" "r['measured']['dropped']"), late $(json "$run" "r['measured']['late']"), scheduler lag p99 $(json "$run" "r['selfCheck']['schedulerLagP99Ms']")ms, understated: $(json "$run" "r['selfCheck']['understated']")"
echo
STALL_CONNECTIONS=4
echo "### 2b. Fidelity: the fake with a 200 ms stall every 2 s (harness open model at 500/s, wrk closed loop; both $STALL_CONNECTIONS connections)"
"${HARNESS[@]}" fake --urls "http://127.0.0.1:$FAKE_PORT" --key "$KEY" --stall 200ms/2s > "$WORK/fake.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$FAKE_PORT/_fake/health" >/dev/null 2>&1 && break; sleep 0.2; done
run=$(run_harness "$WORK/h3" --scenario "$HERE/open.json" --target "http://127.0.0.1:$FAKE_PORT" --key "$KEY" --rate 500 --duration "${SECONDS_EACH}s" --connections "$STALL_CONNECTIONS")
wrk -t2 -c"$STALL_CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$HERE/post.lua" "http://127.0.0.1:$FAKE_PORT/v1/event/huawei/custom/$KEY" > "$WORK/wrk3.txt"
echo "| measure | p50 | p90 | p99 | p99.9 | max |"
echo "|---|---|---|---|---|---|"
for m in responseTime serviceTime; do
  echo "| harness $m | $(json "$run" "r['measured']['latency']['$m']['p50Ms']")ms | $(json "$run" "r['measured']['latency']['$m']['p90Ms']")ms | $(json "$run" "r['measured']['latency']['$m']['p99Ms']")ms | $(json "$run" "r['measured']['latency']['$m']['p99.9Ms']")ms | $(json "$run" "r['measured']['latency']['$m']['maxMs']")ms |"
done
echo "| wrk (closed loop) | $(awk '$1=="50%" {print $2}' "$WORK/wrk3.txt") | $(awk '$1=="90%" {print $2}' "$WORK/wrk3.txt") | $(wrk_p99 "$WORK/wrk3.txt") | - | $(awk '/Latency/ && NF>4 {print $4; exit}' "$WORK/wrk3.txt") |"
echo
echo "harness sent $(json "$run" "r['measured']['sent']") at $(json "$run" "r['measured']['sentPerSecond']")/s (unexpected answers $(json "$run" "r['measured']['outcomes']['unexpectedAnswer']")); wrk $(wrk_rps "$WORK/wrk3.txt") requests/s (non-2xx answers: $(awk '/Non-2xx/ {print $NF}' "$WORK/wrk3.txt" | grep . || echo 0))."
kill "${pids[-1]}" 2>/dev/null || true
echo
rate=$(python3 -c "print(max(100, int($har/4)))")
echo "### 3. Memory: peak RSS at $rate/s against nginx, 10 s vs 60 s"
/usr/bin/time -f %M -o "$WORK/rss10" "${HARNESS[@]}" load --out "$WORK/m10" --scenario "$HERE/open.json" --target "http://127.0.0.1:$NGINX_PORT" --key "$KEY" --rate "$rate" --duration 10s --connections "$CONNECTIONS" > /dev/null 2>&1 || true
/usr/bin/time -f %M -o "$WORK/rss60" "${HARNESS[@]}" load --out "$WORK/m60" --scenario "$HERE/open.json" --target "http://127.0.0.1:$NGINX_PORT" --key "$KEY" --rate "$rate" --duration 60s --connections "$CONNECTIONS" > /dev/null 2>&1 || true
r10=$(tail -1 "$WORK/rss10"); r60=$(tail -1 "$WORK/rss60")
echo "peak RSS 10 s: $((r10/1024)) MiB, 60 s: $((r60/1024)) MiB, ratio $(python3 -c "print(round($r60/$r10, 3))") (target <= 1.2)"
echo
echo "(raw outputs kept in $WORK)"
