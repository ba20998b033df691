using Harness.Contract;

namespace Harness.Fakes.Tests.Support;

/// <summary>One strict and one lenient receiver shared by the row tests (starting Kestrel per case would dominate the run).</summary>
public sealed class ReceiversFixture : IAsyncLifetime
{
    private FakeReceiver? _strict;
    private FakeReceiver? _lenient;

    public HttpClient Strict { get; private set; } = null!;
    public HttpClient Lenient { get; private set; } = null!;

    public HttpClient For(Profile profile) => profile == Profile.Strict ? Strict : Lenient;

    public async Task InitializeAsync()
    {
        _strict = await FakeHttp.StartAsync(Profile.Strict);
        _lenient = await FakeHttp.StartAsync(Profile.Lenient);
        Strict = FakeHttp.ClientFor(_strict);
        Lenient = FakeHttp.ClientFor(_lenient);
    }

    public async Task DisposeAsync()
    {
        Strict.Dispose();
        Lenient.Dispose();
        await _strict!.DisposeAsync();
        await _lenient!.DisposeAsync();
    }
}
