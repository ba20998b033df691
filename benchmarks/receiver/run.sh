#!/usr/bin/env bash
# Receiver throughput, side by side on loopback: (a) the reference fake receiver (harness fake,
# Release), (b) WireMock.Net stubbing the same route with the same fixed success body, (c) bare
# Kestrel returning that body without reading the request. Each is driven in turn by wrk with the
# spec's example body (post.lua), the same connections and duration, after a short warm-up.
# Prints requests/s and the ratios fake/WireMock and fake/bare, and the fake's own counts to show
# every body was fully validated and accepted.
#
# Usage: benchmarks/receiver/run.sh [--connections N] [--duration SECONDS] [--threads N] [--rounds N] [--no-build]
# (--rounds N drives a, b, c in turn N times and reports each target's median, which evens out
# background load on a shared machine.)
# (--no-build reuses the binaries of an earlier run in $HARNESS_BENCH_ARTIFACTS.)
set -euo pipefail
cd "$(dirname "$0")/../.."

connections=32 duration=10 threads=2 warmup=3 rebuild=1 rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --no-build) rebuild=0; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) || { echo "could not install wrk" >&2; exit 3; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
artifacts=${HARNESS_BENCH_ARTIFACTS:-/tmp/harness-bench-receiver}
[ "$rebuild" = 1 ] && echo "Building (Release) into $artifacts ..."
build() {
  local out
  if ! out=$(dotnet build "$1" -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$artifacts" 2>&1); then
    echo "$out" >&2; echo "build of $1 failed" >&2; exit 3
  fi
}
if [ "$rebuild" = 1 ]; then
  build src/Cli
  build benchmarks/receiver/WireMockTarget
  build benchmarks/receiver/BareKestrel
fi

fake_port=19081 wiremock_port=19082 bare_port=19083
# A throwaway key for this run only: it never leaves loopback.
key=BenchKey$(date +%s%N | sha256sum | tr -dc 'a-zA-Z0-9' | head -c 24)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

"$artifacts/bin/Harness.Cli/release/harness" fake --urls "http://127.0.0.1:$fake_port" --key "$key" >/dev/null & pids+=($!)
"$artifacts/bin/WireMockTarget/release/WireMockTarget" "$wiremock_port" >/dev/null & pids+=($!)
"$artifacts/bin/BareKestrel/release/BareKestrel" "$bare_port" >/dev/null & pids+=($!)

wait_up() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -X POST "$1" -H 'Content-Type: application/json' -d '{}' && return 0
    sleep 0.2
  done
  echo "$1 did not come up" >&2; exit 3
}
path="/v1/event/huawei/custom/$key"
wait_up "http://127.0.0.1:$fake_port$path"
wait_up "http://127.0.0.1:$wiremock_port$path"
wait_up "http://127.0.0.1:$bare_port$path"

script=benchmarks/receiver/post.lua
drive() { # url -> requests/s
  wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$script" "$1" >/dev/null
  local out; out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$script" "$1")
  echo "$out" >&2
  echo "$out" | awk '/^Requests\/sec:/ {print $2}'
}

echo "wrk -t$threads -c$connections -d${duration}s (after ${warmup}s warm-up), body: the spec's request example"
curl -s -o /dev/null -X POST "http://127.0.0.1:$fake_port/_fake/reset"
fakes=() wiremocks=() bares=()
for round in $(seq 1 "$rounds"); do
  echo "--- round $round: (a) fake receiver" >&2
  fakes+=("$(drive "http://127.0.0.1:$fake_port$path")")
  echo "--- round $round: (b) WireMock.Net" >&2
  wiremocks+=("$(drive "http://127.0.0.1:$wiremock_port$path")")
  echo "--- round $round: (c) bare Kestrel" >&2
  bares+=("$(drive "http://127.0.0.1:$bare_port$path")")
done
stats=$(curl -s "http://127.0.0.1:$fake_port/_fake/stats")
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
fake=$(median "${fakes[@]}") wiremock=$(median "${wiremocks[@]}") bare=$(median "${bares[@]}")
echo "rounds: fake ${fakes[*]} | WireMock ${wiremocks[*]} | bare ${bares[*]}"

echo
printf '%-34s %12s\n' "target" "requests/s (median of $rounds)"
printf '%-34s %12.0f\n' "(a) harness fake (validating)" "$fake"
printf '%-34s %12.0f\n' "(b) WireMock.Net stub" "$wiremock"
printf '%-34s %12.0f\n' "(c) bare Kestrel (fixed body)" "$bare"
awk -v f="$fake" -v w="$wiremock" -v b="$bare" 'BEGIN {
  printf "fake / WireMock.Net = %.2fx (target >= 5x)\n", f / w
  printf "fake / bare Kestrel = %.2fx (target >= 0.8x)\n", f / b }'
echo "fake's own counts over warm-up + run (every body validated): $(echo "$stats" | grep -o '"accepted":[0-9]*,"rejected":[0-9]*' | head -1)"
