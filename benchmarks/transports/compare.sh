#!/usr/bin/env bash
# harness load side by side with wrk (plain and TLS HTTP/1.1) and h2load (HTTP/2), closed loop, same
# connections/streams, against one nginx answering the success envelope. Alternating rounds, medians.
# Usage: benchmarks/transports/compare.sh [SECONDS=5] [ROUNDS=3]. Loopback only; every run bounded in time.
# CASES=REGEX runs only the cases whose label matches (e.g. CASES=HTTP/2). WARMUP=SECONDS sets the harness's
# warm-up (default 1; its requests are not counted): the JIT compiles through a run's first seconds, which on a
# machine the target shares shows in a short run (docs/transports.md, "The first seconds of a run").
# Writes the table to stdout (results/benchmarks/transports.md records it): the ratio of the medians, and the median
# of each round's own ratio (tool and harness back to back), which the machine's drift between rounds moves less.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-5}; ROUNDS=${2:-3}
HERE=benchmarks/transports
ART=${ART:-/tmp/art-transports-bench}
WORK=$(mktemp -d /tmp/transports-bench.XXXXXX)

dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
HARNESS=(dotnet "$ART/bin/Harness.Cli/release/harness.dll")

source "$HERE/nginx.sh"
source "$HERE/requests.sh"

scenario() { # connections, users -> file
  local f="$WORK/closed-$1-$2.json"
  closed_scenario bench-transports "$1" "$2" "$SECONDS_EACH" > "$f"
  echo "$f"
}
harness_rps() { # out, args...
  local out=$1; shift
  "${HARNESS[@]}" load --out "$out" --key "$KEY" "$@" > "$out.log" 2>&1 || true
  python3 -c "import json,glob,sys; r=json.load(open(glob.glob(sys.argv[1]+'/*/run.json')[0])); m=r['measured']; assert m['outcomes']['accepted']==m['completed'], 'not all accepted'; print(round(m['completedPerSecond']))" "$out"
}
wrk_rps() { wrk -t2 -c"$1" -d"${SECONDS_EACH}s" -s "$WORK/post.lua" "$2" | awk '/Requests\/sec/ {print int($2)}'; }
h2load_rps() { # connections, streams, url
  h2load -c"$1" -m"$2" -D"$SECONDS_EACH" --warm-up-time=1 -d "$WORK/body.json" -H 'Content-Type: application/json;charset=UTF-8' "$3" \
    | awk '/^finished in/ {for (i=1;i<=NF;i++) if ($i ~ /req\/s/) {gsub(",","",$(i-1)); print int($(i-1))}}'
}
median() { python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "$@"; }

echo "## Transports: harness vs wrk / h2load ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_EACH}s each, harness warm-up ${WARMUP:-1}s, $ROUNDS alternating rounds, load average $(cut -d' ' -f1-3 /proc/loadavg) before)"
echo
echo "| case | tool requests/s (rounds) | harness requests/s (rounds) | median ratio | median of round ratios | target |"
echo "|---|---|---|---|---|---|"
compare() { # label, target-ratio, tool-command, harness-args...
  local label=$1 goal=$2 tool=$3; shift 3
  [[ "$label" =~ ${CASES:-.} ]] || return 0
  local ts=() hs=()
  for round in $(seq "$ROUNDS"); do
    ts+=("$(eval "$tool")")
    hs+=("$(harness_rps "$WORK/$(echo "$label" | tr -c 'a-z0-9' '-')-$round" "$@")")
  done
  local t h; t=$(median "${ts[@]}"); h=$(median "${hs[@]}")
  # Each round runs the tool, then the harness, back to back: a round's own ratio cancels the machine's slower drift.
  local r; r=$(python3 -c "import statistics,sys; n=len(sys.argv)//2; print(round(statistics.median(float(h)/float(t) for t,h in zip(sys.argv[1:n+1], sys.argv[n+1:])), 3))" "${ts[@]}" "${hs[@]}")
  echo "| $label | ${ts[*]} | ${hs[*]} | $(python3 -c "print(round($h/$t, 3))") | $r | >= $goal |"
}
for c in 16 64 256; do
  compare "plain HTTP/1.1, $c connections (wrk -c$c, raw transport)" 0.95 "wrk_rps $c http://127.0.0.1:$PLAIN$ROUTE" \
    --scenario "$(scenario "$c" "$c")" --target "http://127.0.0.1:$PLAIN"
done
compare "TLS HTTP/1.1, 16 connections (wrk -c16)" 0.9 "wrk_rps 16 https://127.0.0.1:$TLS$ROUTE" \
  --scenario "$(scenario 16 16)" --target "https://127.0.0.1:$TLS" --ca-cert "$WORK/ca.pem"
compare "HTTP/2 TLS, 1 connection x 8 streams (h2load -c1 -m8)" 0.9 "h2load_rps 1 8 https://127.0.0.1:$H2$ROUTE" \
  --scenario "$(scenario 1 8)" --target "https://127.0.0.1:$H2" --ca-cert "$WORK/ca.pem" --http-version 2
compare "HTTP/2 TLS, 4 connections x 16 streams (h2load -c4 -m16)" 0.9 "h2load_rps 4 16 https://127.0.0.1:$H2$ROUTE" \
  --scenario "$(scenario 4 64)" --target "https://127.0.0.1:$H2" --ca-cert "$WORK/ca.pem" --http-version 2
echo
echo "Closed loop: every tool keeps the same number of requests in flight (connections x streams). wrk -t2, h2load one thread."
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine disturb requests/s; benchmarks/transports/cpu.sh measures CPU per request)."
