using Harness.Conformance.Running;
using Harness.Embedded;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Hostile;

/// <summary>The suite against targets that attack it (issue 15): it finishes, with a verdict, in bounded memory.</summary>
public sealed class HostileTargetTests
{
    private const string Key = "hostileKey0hostileKey0hostile000";

    private static ConformanceOptions Options(HostileTarget target, params string[] only) => Options(target, TimeSpan.FromSeconds(30), only);

    private static ConformanceOptions Options(HostileTarget target, TimeSpan timeout, params string[] only) => new()
    {
        Target = new() { BaseUrl = target.BaseAddress, Key = Key },
        // Held to strict: a wrong status on the route is an open-point deviation, failed only under a profile.
        Profile = Harness.Contract.Profile.Strict,
        Only = only,
        Timeout = timeout,
    };

    [Fact]
    public async Task RunAsync_FiftyMegabyteAnswers_KeepsTheCapAndSaysTheBodyWasCut()
    {
        await using var target = new HostileTarget(HostileMode.Huge);

        var run = await ConformanceRuns.RunAsync(Options(target, "route.method.*"));

        Assert.Contains(run.Checks, c => c.Verdict != Verdict.Skipped);
        Assert.All(run.Checks.Where(c => c.Verdict != Verdict.Skipped), c => Assert.Contains($"kept the first {BoundedBody.KeptBytes} of {target.HugeBytes} bytes", c.Actual, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AnswerThatNeverEnds_StopsReadingAndJudgesWhatCame()
    {
        await using var target = new HostileTarget(HostileMode.ChunkedEndless);

        var run = await ConformanceRuns.RunAsync(Options(target, "route.method.get"));

        var check = Assert.Single(run.Checks, c => c.Verdict != Verdict.Skipped);
        Assert.Contains("the answer did not end", check.Actual, StringComparison.Ordinal);
        Assert.False(check.Passed);
    }

    [Fact]
    public async Task RunAsync_ErrorCodeThatIsNotUnicode_FailsTheChecksInsteadOfCrashing()
    {
        await using var target = new HostileTarget(HostileMode.InvalidUtf8);

        var run = await ConformanceRuns.RunAsync(Options(target, "route.*", "key.*"));

        Assert.Contains(run.Checks, c => c.Verdict != Verdict.Skipped);
        Assert.All(run.Checks.Where(c => c.Verdict != Verdict.Skipped), c => Assert.False(c.Passed));
        Assert.False(run.Interrupted);
    }

    [Fact]
    public async Task RunAsync_SilentTarget_IsUnreachableAfterTheTimeoutNotAHang()
    {
        await using var target = new HostileTarget(HostileMode.Silent);

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() =>
            ConformanceRuns.RunAsync(Options(target, TimeSpan.FromSeconds(1))));

        Assert.Contains("timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SlowTarget_WaitsForTheAnswerWithinTheTimeout()
    {
        await using var target = new HostileTarget(HostileMode.Slow, slowDelay: TimeSpan.FromMilliseconds(300));

        var run = await ConformanceRuns.RunAsync(Options(target, "spec.example"));

        Assert.Equal(Verdict.Pass, Assert.Single(run.Checks, c => c.Verdict != Verdict.Skipped).Verdict);
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabytes_AllocatesAboutTheCapNotTheBody()
    {
        using var body = new FillerStream(50L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var read = await BoundedBody.ReadAsync(body, CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(BoundedBody.KeptBytes, read.Kept.Length);
        Assert.Equal(50L * 1024 * 1024, read.Total);
        Assert.InRange(allocated, 0, 8L * 1024 * 1024);
    }

    /// <summary>A stream of spaces that completes every read synchronously (so allocations stay on the test's thread).</summary>
    private sealed class FillerStream(long length) : Stream
    {
        private long _read;

        private long Left => length - _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Left);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _read += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = (int)Math.Min(buffer.Length, Left);
            buffer.Span[..n].Fill((byte)' ');
            _read += n;
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
