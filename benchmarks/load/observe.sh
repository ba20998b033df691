#!/usr/bin/env bash
# What watching a run costs: the same closed-model run against nginx (benchmarks/load/throughput.json),
# alternately bare and with --metrics (scraped every second, as Prometheus would) and --dashboard
# (one page's event stream open), ROUNDS rounds; prints requests/s of each and the median ratio.
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
run() { # out-dir, extra args... -> completed/s
  local out=$1; shift
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
  json "$(ls -d "$out"/*/run.json | head -1)" "round(r['measured']['completedPerSecond'])"
}

echo "## Watching a run: --metrics and --dashboard vs bare ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_EACH}s each, $CONNECTIONS connections, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| round | bare requests/s | --metrics --dashboard requests/s | ratio |"
echo "|---|---|---|---|"
ratios=()
for round in $(seq "$ROUNDS"); do
  bare=$(run "$WORK/bare-$round")
  watched=$(run "$WORK/watched-$round" --metrics "http://127.0.0.1:$METRICS_PORT/metrics" --dashboard)
  ratio=$(python3 -c "print(round($watched/$bare, 3))")
  ratios+=("$ratio")
  echo "| $round | $bare | $watched | $ratio |"
done
echo
echo "Median ratio (watched / bare): $(python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "${ratios[@]}") (target >= 0.95)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
