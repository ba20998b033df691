#!/usr/bin/env bash
# BenchmarkDotNet on the raw transport's per-request path (RawTransportBenchmarks: plain and TLS, 16/64/256
# connections) against nginx on loopback: time, allocations, work items and lock contentions per request.
# Usage: benchmarks/transports/micro.sh [extra BenchmarkDotNet arguments, e.g. --job short]. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=benchmarks/transports
WORK=$(mktemp -d /tmp/transports-micro.XXXXXX)
source "$HERE/nginx.sh"
export HARNESS_BENCH_PLAIN="http://127.0.0.1:$PLAIN" HARNESS_BENCH_TLS="https://127.0.0.1:$TLS" HARNESS_BENCH_CA="$WORK/ca.pem"
dotnet run -c Release --project benchmarks/Harness.Benchmarks -- --filter '*RawTransportBenchmarks*' "$@"
