-- wrk script: POST the spec's request example with the canonical Content-Type to the URL given
-- on wrk's command line. No request() function: wrk then formats the request once per thread,
-- so the Lua layer costs nothing per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json;charset=UTF-8"
wrk.body = [[{
  "alarmId" : "18cfxxxxxxxxxx0f8",
  "alarmName": "CPU Usage Exceeding Threshold",
  "alarmLevel" : "Critical",
  "time" : 1709118444540,
  "nameSpace" : "shanghai",
  "regionId" : "eu-west-0",
  "applicationId" : "18cfa0a5ef8d",
  "resourceName" : "machine-1",
  "resourceId" : "18cxxxxxxxxxxxxff68625",
  "alarmDesc" : "string",
  "URL" : "https://example.com",
  "alarmStatus" : "alarm",
  "alarmSource" : "coc",
  "additional" : { }
}]]

