using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;

namespace Harness.Conformance.Tests.Suite;

/// <summary>
/// The suite run once per (suite profile, fake profile) pair against the reference receiver,
/// shared by the tests that read those runs.
/// </summary>
public sealed class FakeRuns : IAsyncLifetime
{
    public const string Token = "conformance-test-token";

    private readonly Dictionary<(Profile Suite, Profile Fake), ConformanceRun> _runs = [];

    public ConformanceRun this[Profile suite, Profile fake] => _runs[(suite, fake)];

    public async Task InitializeAsync()
    {
        foreach (var suite in Enum.GetValues<Profile>())
        {
            foreach (var fake in Enum.GetValues<Profile>())
            {
                _runs[(suite, fake)] = await RunAsync(suite, fake);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static async Task<ConformanceRun> RunAsync(Profile suite, Profile fake, string? token = null, int fuzz = 0, IReadOnlyList<string>? only = null)
    {
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { Profile = fake, RequiredToken = token });
        return await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0], Token = token },
            Profile = suite,
            Fuzz = fuzz,
            Only = only ?? [],
        });
    }

    public static string Failures(ConformanceRun run) =>
        string.Join("\n", run.Failures.Take(30).Select(f => $"{f.Id}: {f.Verdict} {f.Reason} | expected {f.Expected} | actual {f.Actual}"));
}
