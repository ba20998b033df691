#!/usr/bin/env bash
# What watching a run costs: the same closed-model run against nginx (benchmarks/load/throughput.json),
# alternately bare and with --metrics (scraped every second, as Prometheus would) and --dashboard
# (one page's event stream open), ROUNDS rounds (default 3; the order alternates); prints requests/s of each,
# the process's CPU time per request (start-up included; steadier than throughput on a busy machine) and the median ratios.
# Usage: benchmarks/load/observe.sh [SECONDS=10] [CONNECTIONS=16]. Loopback only; bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-10}
CONNECTIONS=${2:-16}
ROUNDS=${ROUNDS:-3}
HERE=benchmarks/load
ART=${ART:-/tmp/art-load-bench}
WORK=$(mktemp -d /tmp/load-observe.XXXXXX)
KEY=benchKey0123456789abcdefghijKLMN
NGINX_PORT=${NGINX_PORT:-28090}
METRICS_PORT=${METRICS_PORT:-28091}

for tool in nginx curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx curl >/dev/null; }
done
[ "${NO_BUILD:-0}" = 1 ] || dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
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
run() { # out-dir, extra args... -> "completed/s cpu-us-per-request"
  local out=$1; shift
  # CPU of the whole process (start-up, warm-up and the final wait included) over every request it sent.
  python3 -c 'import resource, subprocess, sys; subprocess.run(sys.argv[2:]); r = resource.getrusage(resource.RUSAGE_CHILDREN); open(sys.argv[1], "w").write(str(r.ru_utime + r.ru_stime))' "$out.cpu" \
  "${HARNESS[@]}" load --out "$out" --scenario "$HERE/throughput.json" --target "http://127.0.0.1:$NGINX_PORT" --key "$KEY" \
    --duration "${SECONDS_EACH}s" --connections "$CONNECTIONS" "$@" > "$out.log" 2>&1 &
  local load=$!
  if [ $# -gt 0 ]; then
    # A scraper every second and one open page, for as long as the run serves them.
    ( while kill -0 "$load" 2>/dev/null; do curl -s -o /dev/null "http://127.0.0.1:$METRICS_PORT/metrics" || true; sleep 1; done ) &
    ( for _ in $(seq 50); do url=$(grep -o 'Live dashboard: http://[0-9.:]*/' "$out.log" | cut -d' ' -f3) && [ -n "$url" ] && break; sleep 0.1; done
      [ -n "${url:-}" ] && curl -s -N -o /dev/null --max-time $((SECONDS_EACH + 20)) "${url}events" || true ) &
  fi
  wait "$load" || true
  local runjson; runjson=$(ls -d "$out"/*/run.json | head -1)
  echo "$(json "$runjson" "round(r['measured']['completedPerSecond'])") $(json "$runjson" "round($(cat "$out.cpu") * 1e6 / (r['measured']['sent'] + (r['warmup'] or {}).get('sent', 0)), 2)")"
}

echo "## Watching a run: --metrics and --dashboard vs bare ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_EACH}s each, $CONNECTIONS connections, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| round | bare requests/s | watched requests/s | ratio | bare CPU us/request | watched CPU us/request | capacity ratio |"
echo "|---|---|---|---|---|---|---|"
ratios=() capacities=()
for round in $(seq "$ROUNDS"); do
  # Which goes first alternates, so neither side always gets the quieter (or the warmer) half of a round.
  if [ $((round % 2)) = 1 ]; then
    read -r bare bare_cpu < <(run "$WORK/bare-$round")
    read -r watched watched_cpu < <(run "$WORK/watched-$round" --metrics "http://127.0.0.1:$METRICS_PORT/metrics" --dashboard)
  else
    read -r watched watched_cpu < <(run "$WORK/watched-$round" --metrics "http://127.0.0.1:$METRICS_PORT/metrics" --dashboard)
    read -r bare bare_cpu < <(run "$WORK/bare-$round")
  fi
  ratio=$(python3 -c "print(round($watched/$bare, 3))")
  capacity=$(python3 -c "print(round($bare_cpu/$watched_cpu, 3))")
  ratios+=("$ratio"); capacities+=("$capacity")
  echo "| $round | $bare | $watched | $ratio | $bare_cpu | $watched_cpu | $capacity |"
done
echo
median() { python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "$@"; }
echo "Median ratio, watched / bare: throughput $(median "${ratios[@]}"), capacity (inverse CPU per request) $(median "${capacities[@]}") (target >= 0.95)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
