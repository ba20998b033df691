#!/usr/bin/env bash
# Peak memory of `harness conformance` against a target answering every request with 50 MB
# (issue 15, item 5: before the bounded reader, 1.9 GB for 8 checks and 6.4 GB for 126).
# Usage: benchmarks/hostile/run.sh [path/to/harness.dll]
set -euo pipefail
harness=${1:-artifacts/bin/Harness.Cli/release/harness.dll}
port=18765
out=$(mktemp -d)
python3 "$(dirname "$0")/big-answers.py" "$port" & server=$!
trap 'kill $server; rm -rf "$out"' EXIT
sleep 1
for only in "--only route.* --only key.*" ""; do
  echo "== conformance ${only:-(every check)}"
  # shellcheck disable=SC2086
  /usr/bin/time -v dotnet "$harness" conformance --target "http://127.0.0.1:$port/" --key bigKey0bigKey0bigKey0bigKey0big0 $only --out "$out" 2>&1 \
    | grep -E "checks \(|Maximum resident"
done
