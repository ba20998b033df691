# Sourced by compare.sh, versus.sh, cpu.sh and micro.sh: a throw-away CA, a server certificate for 127.0.0.1, and one nginx worker
# on loopback answering the success envelope on plain HTTP/1.1 ($PLAIN), TLS HTTP/1.1 ($TLS) and TLS HTTP/2 ($H2).
# Needs WORK (a temp folder) and HERE (this folder); stops nginx on exit.
PLAIN=${PLAIN_PORT:-28180}; TLS=${TLS_PORT:-28181}; H2=${H2_PORT:-28182}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=bench CA" -keyout "$WORK/ca.key" -out "$WORK/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" -keyout "$WORK/server.key" -out "$WORK/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' > "$WORK/ext"
openssl x509 -req -in "$WORK/server.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" -CAcreateserial -days 1 -extfile "$WORK/ext" -out "$WORK/server.pem" 2>/dev/null
sed "s|__DIR__|$WORK|g; s/__PLAIN__/$PLAIN/; s/__TLS__/$TLS/; s/__H2__/$H2/" "$HERE/nginx.conf" > "$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' 2> "$WORK/nginx.log" &
NGINX=$!
trap 'kill $NGINX 2>/dev/null || true' EXIT
sleep 1
