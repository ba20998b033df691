-- wrk: POST one valid alarm (every field of the contract, about the size of the harness's pool entries).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json;charset=UTF-8"
wrk.body = '{"alarmId":"bench0001","alarmName":"cpu usage high","alarmLevel":"Major","time":1732000000000,"nameSpace":"bench","regionId":"cn-north-4","applicationId":"benchmark-app","resourceName":"host-17","resourceId":"i-0123456789","alarmDesc":"cpu usage above 90 percent on host-17 for five minutes","URL":"http://monitor.example/alarms/bench0001","alarmStatus":"alarm","alarmSource":"zabbix","additional":{"team":"platform"}}'
