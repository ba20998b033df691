-- wrk: POST one valid alarm (the spec's example shape) as the harness does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json;charset=UTF-8"
wrk.body = '{"alarmId":"bench0001","alarmName":"cpu usage high","alarmLevel":"Major","time":1732000000000,"namespace":"bench","application":"benchmark","alarmDesc":"cpu usage above 90 percent on host-17 for five minutes","alarmSource":"zabbix","region":"cn-north-4","resourceName":"host-17","resourceId":"i-0123456789","url":"http://monitor.example/alarms/bench0001","alarmStatus":"alarm","additional":{"team":"platform"}}'
