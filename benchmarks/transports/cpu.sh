#!/usr/bin/env bash
# CPU per request, steady state: harness load and wrk in turn against the benchmark nginx (closed loop, same
# connections), each client's user and system CPU and the nginx worker's over the same window, divided by the
# requests of that window. CPU time is far less disturbed by other processes than requests/s are, so this is
# the figure to compare on a busy machine; on a machine where both sides share the cores, requests/s follow
# from it (client + nginx microseconds per request against the cores there are).
# Usage: benchmarks/transports/cpu.sh [CONNECTIONS=16] [plain|tls] [SECONDS=20] [ROUNDS=2]
#   ART=... reuses a build folder; HARNESS_ENV="NAME=value ..." runs the harness with those runtime settings.
# Loopback only; every run bounded in time. Needs Linux /proc.
set -euo pipefail
cd "$(dirname "$0")/../.."
C=${1:-16}; MODE=${2:-plain}; SECONDS_EACH=${3:-20}; ROUNDS=${4:-2}
HERE=benchmarks/transports
ART=${ART:-/tmp/art-transports-bench}
WORK=$(mktemp -d /tmp/transports-cpu.XXXXXX)
dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
source "$HERE/nginx.sh"
source "$HERE/requests.sh"
WORKER=$(pgrep -P "$NGINX" | head -1)
closed_scenario bench-cpu "$C" "$C" "$SECONDS_EACH" > "$WORK/closed.json"
if [ "$MODE" = tls ]; then BASE="https://127.0.0.1:$TLS"; EXTRA=(--ca-cert "$WORK/ca.pem"); else BASE="http://127.0.0.1:$PLAIN"; EXTRA=(); fi
TICK=$(getconf CLK_TCK)
# user and system clock ticks of a process (all its threads, dead ones included); the name field may hold spaces
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12, $13}'; }
# the window: from 40% to 90% of the main phase, clear of the JIT's start-up and of the end
WAIT1=$(python3 -c "print(1 + $SECONDS_EACH * 0.4)"); SPAN=$(python3 -c "print($SECONDS_EACH * 0.5)")
row() { # label, requests, client user/sys ticks before+after, nginx before+after
  python3 -c "
import sys
l,n,cu0,cs0,cu1,cs1,nu0,ns0,nu1,ns1,t,span=sys.argv[1],int(sys.argv[2]),*map(int,sys.argv[3:11]),int(sys.argv[11]),float(sys.argv[12])
us=lambda d: d*1e6/t/n
cu,cs,ng=us(cu1-cu0),us(cs1-cs0),us(nu1-nu0+ns1-ns0)
print(f'| {l} | {n/span:.0f} | {cu:.2f} | {cs:.2f} | {ng:.2f} | {cu+cs+ng:.2f} |')" "$@"
}
echo "## CPU per request, $MODE HTTP/1.1, $C connections ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, window ${SPAN}s of ${SECONDS_EACH}s, load average $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| client | requests/s in the window | client user us/req | client sys us/req | nginx us/req | total us/req |"
echo "|---|---:|---:|---:|---:|---:|"
for round in $(seq "$ROUNDS"); do
  OUT="$WORK/harness-$round"
  # shellcheck disable=SC2086 # HARNESS_ENV is a list of NAME=value words
  env ${HARNESS_ENV:-} dotnet "$ART/bin/Harness.Cli/release/harness.dll" load --out "$OUT" --key "$KEY" --scenario "$WORK/closed.json" --target "$BASE" "${EXTRA[@]}" > "$OUT.log" 2>&1 &
  P=$!
  sleep "$WAIT1"
  read -r hu0 hs0 < <(ticks "$P"); read -r nu0 ns0 < <(ticks "$WORKER"); t0=$(date +%s.%N)
  sleep "$SPAN"
  read -r hu1 hs1 < <(ticks "$P"); read -r nu1 ns1 < <(ticks "$WORKER"); t1=$(date +%s.%N)
  wait "$P" || true
  rate=$(python3 -c "import json,glob,sys; m=json.load(open(glob.glob(sys.argv[1]+'/*/run.json')[0]))['measured']; assert m['outcomes']['accepted']==m['completed'], 'not all accepted'; print(m['completedPerSecond'])" "$OUT")
  span=$(python3 -c "print($t1 - $t0)")
  row "harness${HARNESS_ENV:+ ($HARNESS_ENV)}" "$(python3 -c "print(int($rate * $span))")" "$hu0" "$hs0" "$hu1" "$hs1" "$nu0" "$ns0" "$nu1" "$ns1" "$TICK" "$span"

  read -r nu0 ns0 < <(ticks "$WORKER")
  TIMEFORMAT='%U %S'
  { time wrk -t2 -c"$C" -d"${SPAN%.*}s" -s "$WORK/post.lua" "$BASE$ROUTE" > "$WORK/wrk.txt" ; } 2> "$WORK/wrk.time"
  read -r nu1 ns1 < <(ticks "$WORKER")
  read -r wu ws < "$WORK/wrk.time"
  n=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  span=$(awk '/requests in/ {sub("s,","",$4); print $4}' "$WORK/wrk.txt")
  row "wrk -t2" "$n" 0 0 "$(python3 -c "print(round($wu * $TICK))")" "$(python3 -c "print(round($ws * $TICK))")" "$nu0" "$ns0" "$nu1" "$ns1" "$TICK" "$span"
done
echo
echo "The harness's figures are its whole process over the window (every thread); wrk's its whole run (no start-up to speak of)."
