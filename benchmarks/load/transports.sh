#!/usr/bin/env bash
# Raw HTTP/1.1 transport vs HttpClient (SocketsHttpHandler), closed model against nginx, alternating rounds.
# Usage: benchmarks/load/transports.sh [SECONDS=5] [ROUNDS=2] [CONNECTIONS=16]. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-5}; ROUNDS=${2:-2}; CONNECTIONS=${3:-16}
HERE=benchmarks/load
ART=${ART:-/tmp/art-load-bench}
WORK=$(mktemp -d /tmp/load-transports.XXXXXX)
KEY=benchKey0123456789abcdefghijKLMN
PORT=${NGINX_PORT:-28080}
dotnet build src/Cli -c Release -nologo -clp:ErrorsOnly -p:ArtifactsPath="$ART" >/dev/null
mkdir -p /tmp/load-bench-nginx
sed "s/__PORT__/$PORT/" "$HERE/nginx.conf" > "$WORK/nginx.conf"
nginx -p /tmp/load-bench-nginx -c "$WORK/nginx.conf" -g 'daemon off;' 2> "$WORK/nginx.log" &
NGINX=$!
trap 'kill $NGINX 2>/dev/null || true' EXIT
sleep 1
echo "| round | transport | requests/s | service p50 | service p99 |"
echo "|---|---|---|---|---|"
for round in $(seq "$ROUNDS"); do
  for transport in raw httpclient; do
    dotnet "$ART/bin/Harness.Cli/release/harness.dll" load --out "$WORK/$transport-$round" --scenario "$HERE/throughput.json" \
      --target "http://127.0.0.1:$PORT" --key "$KEY" --duration "${SECONDS_EACH}s" --connections "$CONNECTIONS" --transport "$transport" > "$WORK/$transport-$round.log" 2>&1 || true
    python3 - "$(ls -d "$WORK/$transport-$round"/*/run.json)" "$round" "$transport" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); m = r['measured']; s = m['latency']['serviceTime']
print(f"| {sys.argv[2]} | {sys.argv[3]} ({r['transport']}) | {round(m['completedPerSecond'])} | {s['p50Ms']} ms | {s['p99Ms']} ms |")
PY
  done
done
