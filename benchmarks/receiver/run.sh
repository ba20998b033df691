#!/usr/bin/env bash
# Receiver throughput, side by side on loopback: (a) the reference fake receiver (harness fake,
# Release), (b) WireMock.Net stubbing the same route with the same fixed success body, once with
# its out-of-the-box settings and once tuned (request log off), (c) bare Kestrel returning that
# body without reading the request. Each is driven in turn by wrk with the spec's example body
# (post.lua), the same connections and duration, after a short warm-up. Prints requests/s, CPU
# time per request, the ratios, and the fake's own counts (every body validated and accepted).
#
# Usage: benchmarks/receiver/run.sh [--connections N] [--duration SECONDS] [--threads N]
#                                   [--rounds N] [--pin] [--no-build]
# --rounds N (default 3) drives every target in turn N times; ratios are taken within a round
#   (measurements seconds apart) and the report gives the median over rounds, which evens out
#   background load on a shared machine.
# CPU time per request is read from /proc: user + system time of the server's process over the
#   measured run, divided by the requests wrk completed. Throughput on a busy machine swings
#   with whatever else runs; CPU per request barely does, so its inverse ratio ("capacity") is
#   reported beside the throughput ratio.
# --pin puts the servers on CPU 0 and wrk on CPU 1 (taskset).
# --no-build reuses the binaries of an earlier run in $HARNESS_BENCH_ARTIFACTS.
# --targets LIST drives only these (comma-separated: fake,wiremock,wiremock-tuned,bare).
# --baseline DIR adds the target fake-base: the fake built earlier into artifacts folder DIR (e.g. from
#   main, with HARNESS_BENCH_ARTIFACTS=DIR), driven in turn with the others, so an old and a new
#   build are compared minutes apart under the same load; it is watched like the fake with --observe.
# --observe watches the fake as a user would while it is measured: GET /_fake/metrics every
#   second (a Prometheus scrape) and, when dotnet-counters is on PATH, `dotnet-counters collect`
#   listening to its Harness.Fakes meter (which turns its histogram instrument on).
set -euo pipefail
cd "$(dirname "$0")/../.."

connections=32 duration=10 threads=2 warmup=3 first_warmup=10 rebuild=1 rounds=3 pin=0 observe=0 only="" baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --pin) pin=1; shift ;;
    --no-build) rebuild=0; shift ;;
    --targets) only=$2; shift 2 ;;
    --observe) observe=1; shift ;;
    --baseline) baseline=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) || { echo "could not install wrk" >&2; exit 3; }
fi

targets=(fake wiremock wiremock-tuned bare)
if [ -n "$only" ]; then IFS=, read -ra targets <<< "$only"; fi
if [ -n "$baseline" ]; then
  [ -x "$baseline/bin/Harness.Cli/release/harness" ] || { echo "no harness binary under --baseline $baseline" >&2; exit 2; }
  [[ " ${targets[*]} " == *" fake-base "* ]] || targets=(fake-base "${targets[@]}")
fi
wanted() { [[ " ${targets[*]} " == *" $1 "* ]]; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
artifacts=${HARNESS_BENCH_ARTIFACTS:-/tmp/harness-bench-receiver}
build() {
  local out
  if ! out=$(dotnet build "$1" -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$artifacts" 2>&1); then
    echo "$out" >&2; echo "build of $1 failed" >&2; exit 3
  fi
}
if [ "$rebuild" = 1 ]; then
  echo "Building (Release) into $artifacts ..."
  build src/Cli
  if wanted wiremock || wanted wiremock-tuned; then build benchmarks/receiver/WireMockTarget; fi
  if wanted bare; then build benchmarks/receiver/BareKestrel; fi
fi

pin_server=() pin_client=()
if [ "$pin" = 1 ] && command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 0) pin_client=(taskset -c 1)
fi

# A throwaway key for this run only: it never leaves loopback.
key=BenchKey$(date +%s%N | sha256sum | tr -dc 'a-zA-Z0-9' | head -c 24)
path="/v1/event/huawei/custom/$key"
declare -A title=(
  [fake-base]="(a0) harness fake, --baseline build"
  [fake]="(a) harness fake (validating)"
  [wiremock]="(b) WireMock.Net, defaults"
  [wiremock-tuned]="(b') WireMock.Net, request log off"
  [bare]="(c) bare Kestrel (fixed body)")
declare -A port=([fake-base]=19085 [fake]=19081 [wiremock]=19082 [wiremock-tuned]=19084 [bare]=19083)
declare -A pid rps cpu
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

"${pin_server[@]}" "$artifacts/bin/Harness.Cli/release/harness" fake --urls "http://127.0.0.1:${port[fake]}" --key "$key" >/dev/null &
pid[fake]=$!; pids+=($!)
if wanted fake-base; then
  "${pin_server[@]}" "$baseline/bin/Harness.Cli/release/harness" fake --urls "http://127.0.0.1:${port[fake-base]}" --key "$key" >/dev/null &
  pid[fake-base]=$!; pids+=($!)
fi
if wanted wiremock; then
  "${pin_server[@]}" "$artifacts/bin/WireMockTarget/release/WireMockTarget" "${port[wiremock]}" defaults >/dev/null &
  pid[wiremock]=$!; pids+=($!)
fi
if wanted wiremock-tuned; then
  "${pin_server[@]}" "$artifacts/bin/WireMockTarget/release/WireMockTarget" "${port[wiremock-tuned]}" tuned >/dev/null &
  pid[wiremock-tuned]=$!; pids+=($!)
fi
if wanted bare; then
  "${pin_server[@]}" "$artifacts/bin/BareKestrel/release/BareKestrel" "${port[bare]}" >/dev/null &
  pid[bare]=$!; pids+=($!)
fi

for t in "${targets[@]}"; do
  up=0
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -X POST "http://127.0.0.1:${port[$t]}$path" -H 'Content-Type: application/json' -d '{}'; then up=1; break; fi
    sleep 0.2
  done
  [ "$up" = 1 ] || { echo "${title[$t]} did not come up" >&2; exit 3; }
done

script=benchmarks/receiver/post.lua
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
drive() { # target -> "requests/s cpu-microseconds-per-request"
  local url="http://127.0.0.1:${port[$1]}$path" before after out
  "${pin_client[@]}" wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$script" "$url" >/dev/null
  before=$(cpu_ticks "${pid[$1]}")
  out=$("${pin_client[@]}" wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$script" "$url")
  after=$(cpu_ticks "${pid[$1]}")
  echo "$out" >&2
  echo "$out" | awk -v b="$before" -v a="$after" -v hz="$ticks_per_second" '
    /requests in/ {n = $1} /^Requests\/sec:/ {r = $2}
    END {printf "%s %.2f\n", r, (a - b) * 1000000 / hz / n}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.2f", x / y}'; }

echo "wrk -t$threads -c$connections -d${duration}s per target and round (each after a ${warmup}s warm-up; ${first_warmup}s first warm-up), $rounds rounds, body: the spec's request example"
echo "pinning: ${pin_server[*]:-none}; $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# A longer first warm-up: tiered JIT and PGO take several seconds to settle in every server.
for t in "${targets[@]}"; do
  "${pin_client[@]}" wrk -t"$threads" -c"$connections" -d"${first_warmup}s" -s "$script" "http://127.0.0.1:${port[$t]}$path" >/dev/null
done
curl -s -o /dev/null -X POST "http://127.0.0.1:${port[fake]}/_fake/reset"
observing="no"
if [ "$observe" = 1 ]; then
  for t in fake fake-base; do
    [ -n "${pid[$t]:-}" ] || continue
    ( while kill -0 "${pid[$t]}" 2>/dev/null; do curl -s -o /dev/null "http://127.0.0.1:${port[$t]}/_fake/metrics" || true; sleep 1; done ) &
    pids+=($!)
    observing="GET /_fake/metrics every second"
    if command -v dotnet-counters >/dev/null 2>&1; then
      dotnet-counters collect --process-id "${pid[$t]}" --counters Harness.Fakes --refresh-interval 1 --format csv -o "/tmp/harness-bench-counters-$$-$t.csv" >/dev/null 2>&1 &
      pids+=($!)
      observing="$observing, dotnet-counters collect --counters Harness.Fakes"
    fi
  done
fi
echo "watching the fake while measured: $observing"
for round in $(seq 1 "$rounds"); do
  for t in "${targets[@]}"; do
    echo "--- round $round: ${title[$t]}" >&2
    read -r r c < <(drive "$t")
    rps[$t]="${rps[$t]:-} $r"; cpu[$t]="${cpu[$t]:-} $c"
  done
done
stats=$(curl -s "http://127.0.0.1:${port[fake]}/_fake/stats")

echo
printf '%-36s %12s %16s   %s\n' "target" "requests/s" "CPU us/request" "(medians; per round: requests/s | CPU us/request)"
for t in "${targets[@]}"; do
  # shellcheck disable=SC2086
  printf '%-36s %12.0f %16s   %s |%s\n' "${title[$t]}" "$(median ${rps[$t]})" "$(median ${cpu[$t]})" "${rps[$t]# }" "${cpu[$t]}"
done
echo
echo "Ratios, median over rounds of the per-round ratio (throughput = requests/s; capacity = inverse CPU per request):"
for pair in "fake-base:" "wiremock:5" "wiremock-tuned:5" "bare:0.9"; do
  other=${pair%%:*} target=${pair##*:}
  wanted "$other" || continue
  read -ra f <<< "${rps[fake]}"; read -ra o <<< "${rps[$other]}"; read -ra fc <<< "${cpu[fake]}"; read -ra oc <<< "${cpu[$other]}"
  through=() capacity=()
  for i in "${!f[@]}"; do through+=("$(ratio "${f[$i]}" "${o[$i]}")"); capacity+=("$(ratio "${oc[$i]}" "${fc[$i]}")"); done
  printf '  fake / %-34s throughput %5sx  capacity %5sx  %s\n' "${title[$other]#* }:" "$(median "${through[@]}")" "$(median "${capacity[@]}")" "${target:+(target >= ${target}x)}"
done
echo "fake's own counts over the rounds (every body validated): $(echo "$stats" | grep -o '"accepted":[0-9]*,"rejected":[0-9]*' | head -1)"
if ! echo "$stats" | grep -q '"rejected":0,'; then echo "  rejected by reason: $(echo "$stats" | grep -o '"byReason":{[^}]*}')"; fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
