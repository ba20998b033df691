using System.Text;
using Harness.Cli.Commands;
using Harness.Cli.Observe;
using Harness.Fakes.Http;
using Harness.Load.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Harness.Cli.Tests.Observe;

/// <summary>--otlp: the run's meters reach a collector's OTLP/HTTP endpoint (here a stand-in that keeps the bodies).</summary>
[Collection("observe")]
public sealed class OtlpExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-otlp-" + Guid.NewGuid().ToString("N"));

    public OtlpExportTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ExecuteAsync_WithOtlp_PushesTheLoadInstrumentsAsProtobuf()
    {
        var bodies = new List<(string Path, string ContentType, byte[] Body)>();
        await using var collector = SlimHost.Create(["http://127.0.0.1:0"]);
        collector.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            lock (bodies)
            {
                bodies.Add((context.Request.Path, context.Request.ContentType ?? "", buffer.ToArray()));
            }

            return Results.Ok();
        });
        var address = await SlimHost.StartAsync(collector, CancellationToken.None);
        var scenario = Path.Combine(_dir, "otlp.json");
        File.WriteAllText(scenario, """{ "name": "otlp", "phases": [ { "type": "constant-rate", "rate": 20, "duration": "2s" } ] }""");
        var output = new StringWriter();
        var args = new LoadArguments(scenario, null, null, null, null, null, null, Path.Combine(_dir, "results"), false, null, TransportKind.Auto)
        {
            Otlp = new Uri(address, "v1/metrics").ToString(),
            AllowUnderstated = true,
        };

        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

        Assert.True(exit == ExitCode.Passed, output.ToString());
        Assert.Contains("OTLP export: ", output.ToString(), StringComparison.Ordinal);
        lock (bodies)
        {
            Assert.NotEmpty(bodies);
            Assert.All(bodies, b => Assert.Equal("application/x-protobuf", b.ContentType));
            // Protobuf keeps strings as UTF-8: the instrument names and the run's labels are in the payload.
            var text = string.Concat(bodies.Select(b => Encoding.UTF8.GetString(b.Body)));
            foreach (var expected in new[] { "harness.load.requests", "harness.load.response_time", "run_id", "otlp-", "accepted" })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }
        }
    }
}
