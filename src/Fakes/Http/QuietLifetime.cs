using Microsoft.Extensions.Hosting;

namespace Harness.Fakes.Http;

/// <summary>
/// The receiver does not own the process: no Ctrl+C hook, no console messages. Whoever starts it
/// (the <c>harness fake</c> command, a test, a load run) decides when it stops.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
