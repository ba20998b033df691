#!/usr/bin/env bash
# Times `harness conformance` from process start to exit: the full catalogue against the embedded
# fake (the issue's budget is 5 s), and the same with 200 fuzz cases. Release build; hyperfine when
# installed (apt-get install hyperfine), else a loop of /usr/bin/time.
#   benchmarks/conformance/run.sh            # 10 runs each
#   RUNS=20 ARTIFACTS=/tmp/art benchmarks/conformance/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
artifacts="${ARTIFACTS:-artifacts}"
runs="${RUNS:-10}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly "-p:ArtifactsPath=$artifacts" >/dev/null
harness="$artifacts/bin/Harness.Cli/release/harness.dll"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

full="dotnet $harness conformance --out $out/runs"
fuzz="dotnet $harness conformance --fuzz 200 --out $out/runs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
$full | tail -2   # one run that must pass (and warms the disk cache)
echo "checks per run: $(grep -o '"total": [0-9]*' "$(ls -d "$out"/runs/*/ | head -1)run.json")"

if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-markdown "$out/table.md" \
    -n "full catalogue" "$full" -n "full catalogue + --fuzz 200" "$fuzz"
  cat "$out/table.md"
else
  for command in "$full" "$fuzz"; do
    for _ in $(seq "$runs"); do /usr/bin/time -f "%e s  $command" $command >/dev/null; done
  done
fi
