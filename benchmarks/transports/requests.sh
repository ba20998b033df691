# Sourced by compare.sh, versus.sh and cpu.sh: what every client sends (the integration key, one alarm body) and
# the files the clients read it from. Needs WORK (a temp folder). Writes $WORK/body.json and $WORK/post.lua (wrk).
KEY=benchKey0123456789abcdefghijKLMN
ROUTE=/v1/event/huawei/custom/$KEY
BODY='{"alarmId":"bench0001","alarmName":"cpu usage high","alarmLevel":"Major","time":1732000000000,"nameSpace":"bench","regionId":"cn-north-4","applicationId":"benchmark-app","resourceName":"host-17","resourceId":"i-0123456789","alarmDesc":"cpu usage above 90 percent on host-17 for five minutes","URL":"http://monitor.example/alarms/bench0001","alarmStatus":"alarm","alarmSource":"zabbix","additional":{"team":"platform"}}'
printf '%s' "$BODY" > "$WORK/body.json"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json;charset=UTF-8"\nwrk.body = [[%s]]\n' "$BODY" > "$WORK/post.lua"

# A closed-loop scenario for harness load: a warm-up of WARMUP seconds (1 unless set; its requests are not counted),
# then USERS users for SECONDS on CONNECTIONS connections.
closed_scenario() { # name, connections, users, seconds -> stdout
  printf '{"name":"%s","phases":[{"type":"warmup","users":%s,"duration":"%ss"},{"type":"constant-concurrency","name":"main","users":%s,"duration":"%ss"}],"payload":{"poolSize":1000,"seed":1},"transport":{"connections":%s,"requestTimeout":"5s","maxInFlight":%s}}' "$1" "$3" "${WARMUP:-1}" "$3" "$4" "$2" "$3"
}
