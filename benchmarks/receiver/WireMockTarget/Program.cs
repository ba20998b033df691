using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// A WireMock.Net server answering POST /v1/event/huawei/custom/* with the contract's fixed success
// envelope, the way a team would stub the receiver without the harness.
// Usage: WireMockTarget PORT [tuned|defaults]
//   tuned (default): request log off, so the comparison is about answering, not memory growth.
//   defaults: WireMock's out-of-the-box settings, which keep every request in an unbounded log.
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 9091;
var defaults = args.Length > 1 && args[1] == "defaults";
var settings = new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"], StartAdminInterface = false };
if (!defaults)
{
    settings.MaxRequestLogCount = 0;
}

using var server = WireMockServer.Start(settings);
server
    .Given(Request.Create().WithPath("/v1/event/huawei/custom/*").UsingPost())
    .RespondWith(Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "application/json")
        .WithBody("""{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}"""));
Console.WriteLine($"WireMock.Net ({(defaults ? "defaults" : "tuned")}) listening on http://127.0.0.1:{port}");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
