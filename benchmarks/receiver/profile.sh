#!/usr/bin/env bash
# Where the fake's CPU goes under load, as a share that a busy machine does not move much: samples
# a `harness fake` (watched as run.sh --observe watches it) with perf while wrk drives it like
# run.sh does, and prints the share of its CPU samples spent in its own request handling (the
# API handler, minus writing the answer, which bare Kestrel does too) beside the rest (Kestrel,
# sockets, the kernel: the same work in the bare server). With CPU time per request T, the fake's
# own work is about share / (1 - share) of the rest, so two builds can be compared on a loaded
# machine where requests/s and even CPU us/request swing by more than the change. Then it breaks
# the handler's samples down by part (judging, storing, handling time, Kestrel's body read...).
#
# Usage: benchmarks/receiver/profile.sh HARNESS_BINARY [PORT] [SECONDS]
#   e.g. benchmarks/receiver/profile.sh /tmp/harness-bench-receiver/bin/Harness.Cli/release/harness
# Needs perf, wrk, curl (and dotnet-counters on PATH to watch the meter, as run.sh --observe does).
# Traffic stays on loopback; the key is made up for the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$1 port=${2:-19181} seconds=${3:-10}
out=$(mktemp -d /tmp/harness-receiver-profile.XXXXXX)
key=ProfileKey$(date +%s%N | sha256sum | tr -dc 'a-zA-Z0-9' | head -c 24)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 "$bin" fake --urls "http://127.0.0.1:$port" --key "$key" >/dev/null &
fake=$!; pids+=("$fake")
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/_fake/health" && break; sleep 0.2; done
url="http://127.0.0.1:$port/v1/event/huawei/custom/$key"
( while kill -0 "$fake" 2>/dev/null; do curl -s -o /dev/null "http://127.0.0.1:$port/_fake/metrics" || true; sleep 1; done ) &
pids+=($!)
if command -v dotnet-counters >/dev/null 2>&1; then
  dotnet-counters collect --process-id "$fake" --counters Harness.Fakes --refresh-interval 1 --format csv -o "$out/counters.csv" >/dev/null 2>&1 &
  pids+=($!)
fi
script=benchmarks/receiver/post.lua
wrk -t2 -c64 -d15s -s "$script" "$url" >/dev/null  # warm-up: tiered JIT and PGO settle
wrk -t2 -c64 -d"$((seconds + 4))"s -s "$script" "$url" > "$out/wrk.txt" &
load=$!
sleep 2
perf record -F 999 -g -p "$fake" -o "$out/perf.data" -- sleep "$seconds" >/dev/null 2>&1
wait "$load"
perf script -i "$out/perf.data" 2>/dev/null | awk -v RS= '
  { total++ }
  /AlarmApi(\+<AnswerAsync>|::AnswerAsync|\+<AnswerWhenReadAsync>|\+<FinishAsync>)/ { handler++ }
  /AlarmApi(\+<AnswerAsync>|::AnswerAsync|\+<AnswerWhenReadAsync>|\+<FinishAsync>)/ && /EnvelopeResult::(ExecuteAsync|Write)/ { answer++ }
  END {
    own = (handler - answer) / total
    printf "samples %d: the fake'"'"'s own handling %.1f%% (handler %.1f%%, of which writing the answer %.1f%%); own / rest = %.3f\n",
      total, 100 * own, 100 * handler / total, 100 * answer / total, own / (1 - own)
  }'
# Where the handler's samples go: each by the leaf-most frame that names a part of it.
perf script -i "$out/perf.data" 2>/dev/null | awk -v RS= '
  { total++ }
  /AlarmApi(\+<AnswerAsync>|::AnswerAsync|\+<AnswerWhenReadAsync>|\+<FinishAsync>)/ {
    n = split($0, frames, "\n"); part = ""
    for (i = 2; i <= n && part == ""; i++) {
      f = frames[i]; sub(/\(.*/, "", f)
      if (f ~ /EnvelopeResult::(Write|ExecuteAsync)/) part = "writing the answer"
      else if (f ~ /Harness\.Contract/) part = "judging the body (validator functions not inlined)"
      else if (f ~ /FakeTelemetry|StripedHistogram|HdrHistogram|Metrics/) part = "handling time (clock, histogram, instrument)"
      else if (f ~ /Harness\.Fakes\.Store|ReceiverCore::Accept/) part = "storing and counting the alarm"
      else if (f ~ /RequestAuth|KeyRegistry|Frozen/) part = "finding the key"
      else if (f ~ /AlarmApi/) part = (i == 2 ? "the handler itself (what is inlined into it)" : "runtime helpers called by the handler (allocation)")
      else if (f ~ /Kestrel|Pipelines|AspNetCore/) part = "Kestrel: the body read and the response"
    }
    share[part == "" ? "other" : part]++
  }
  END { for (p in share) printf "  %5.1f%%  %s\n", 100 * share[p] / total, p }' | sort -rn
grep Requests/sec "$out/wrk.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); perf data in $out"
