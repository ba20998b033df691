#!/bin/bash
# Runs harness load, then harness gate, against targets this project did not write that struggle (loopback only):
#   limit  nginx limit_req 100 r/s (burst 10, 429 above) in front of an nginx that answers the API's envelope, at 300/s
#   slow   nginx proxying to a single-threaded Python upstream (20 ms each, ~47/s), open at 200/s and closed 64 users / 4 connections
#   stall  a Python upstream that holds every request arriving in one second (a 1 s stall), open at 100/s on 16 connections
# Every server is started here on fixed loopback ports in a temp folder and stopped by its PID.
# Usage: benchmarks/struggling/run.sh [harness binary]   (default: artifacts/bin/Harness.Cli/release/harness)
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
H=${1:-$root/artifacts/bin/Harness.Cli/release/harness}
tmp=$(mktemp -d); pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
envelope='{"error_code":"COC.00000000","error_msg":"success"}'
nginx_conf() { # name port serverbody httpextra
  mkdir -p "$tmp/$1"
  cat > "$tmp/$1/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $tmp/$1/nginx.pid; error_log $tmp/$1/error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $tmp/$1/body; proxy_temp_path $tmp/$1/proxy;
  fastcgi_temp_path $tmp/$1/f; uwsgi_temp_path $tmp/$1/u; scgi_temp_path $tmp/$1/s; $4
  server { listen 127.0.0.1:$2; $3 } }
CONF
  /usr/sbin/nginx -p "$tmp/$1" -c "$tmp/$1/nginx.conf" -e "$tmp/$1/error.log" & pids+=($!)
}
scenario() { # name model-json thresholds-json
  echo "{\"name\":\"$1\",\"phases\":[$2],\"payload\":{\"poolSize\":500,\"seed\":3},\"transport\":{\"connections\":${4:-8},\"requestTimeout\":\"5s\",\"maxInFlight\":1000},\"thresholds\":$3}" > "$tmp/$1.json"
}
run() { # name port
  echo "=== $1"
  "$H" load --scenario "$tmp/$1.json" --target "http://127.0.0.1:$2" --key abcdefgh1234 --out "$tmp/runs" --allow-understated > "$tmp/$1.out" 2>&1
  echo "harness load exit $?"
  grep -E "response time|service time|^Measured|phase main|FAILED|BOTTLENECK|Dispatch lag" "$tmp/$1.out"
  "$H" gate --run "$(ls -d "$tmp"/runs/*-"$1" | tail -1)" | grep -E "^(problem|note)|GATE"; echo "harness gate exit ${PIPESTATUS[0]}"
}
nginx_conf limit 18081 "location / { limit_req zone=z burst=10 nodelay; limit_req_status 429; proxy_pass http://127.0.0.1:18082; }" \
  "limit_req_zone \$binary_remote_addr zone=z:1m rate=100r/s; server { listen 127.0.0.1:18082; location / { default_type application/json; return 200 '$envelope'; } }"
python3 "$here/slow_upstream.py" 18092 0.02 & pids+=($!)
nginx_conf proxyslow 18091 "location / { proxy_pass http://127.0.0.1:18092; proxy_read_timeout 60s; }" ""
python3 "$here/stall_upstream.py" 18131 "$(python3 -c 'import time; print(time.time() + 6)')" & pids+=($!)
sleep 2
scenario limit300 '{"type":"constant-rate","name":"main","rate":300,"duration":"15s"}' '["p99 < 250ms","error_rate < 1%","achieved_rate >= 95%"]'
scenario slow200 '{"type":"constant-rate","name":"main","rate":200,"duration":"15s"}' '["error_rate < 1%"]'
scenario closed64 '{"type":"constant-concurrency","name":"main","users":64,"duration":"10s"}' '["p99 < 250ms","error_rate < 1%"]' 4
scenario stall '{"type":"constant-rate","name":"main","rate":100,"duration":"10s"}' '["p99 < 250ms"]' 16
run stall 18131; run limit300 18081; run slow200 18091; run closed64 18091
