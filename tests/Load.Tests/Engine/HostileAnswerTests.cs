using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Tests.Support;
using Harness.TestKit;

namespace Harness.Load.Tests.Engine;

/// <summary>Issue 15: a complete answer whose error_code is not valid Unicode is an answer, not a connection error.</summary>
public sealed class HostileAnswerTests
{
    [Theory]
    [InlineData(nameof(TransportKind.Raw))]
    [InlineData(nameof(TransportKind.HttpClient))]
    public async Task RunAsync_ErrorCodeNotUnicode_BooksEveryAnswerAsAnAnswer(string transportName)
    {
        // The theory names the transport: TransportKind is internal, a public test method cannot take it.
        var transport = Enum.Parse<TransportKind>(transportName);
        await using var target = new HostileTarget(HostileMode.InvalidUtf8);
        var plan = Plans.Open(40, TimeSpan.FromMilliseconds(500), target.BaseAddress) with { Connections = 2, MaxInFlight = 10, Transport = transport };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

        var m = result.Measured;
        Assert.Equal(20, m.Sent);
        Assert.Equal(0, m.Count(OutcomeKind.ConnectionError));
        Assert.Equal(m.Sent, m.Count(OutcomeKind.UnexpectedAnswer));
        Assert.True(m.AccountingHolds);
        Assert.Contains(m.ErrorCodes.Keys, code => code.StartsWith("COC.", StringComparison.Ordinal));
    }
}
