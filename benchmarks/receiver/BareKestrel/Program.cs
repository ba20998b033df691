// The ceiling: Kestrel answering every request with the fixed success envelope, reading nothing,
// validating nothing, counting nothing. Usage: BareKestrel PORT
var port = args.Length > 0 ? args[0] : "9092";
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.Urls.Add($"http://127.0.0.1:{port}");
var body = """{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}"""u8.ToArray();
app.Run(context =>
{
    context.Response.StatusCode = 200;
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
Console.WriteLine($"Bare Kestrel listening on http://127.0.0.1:{port}");
app.Run();
