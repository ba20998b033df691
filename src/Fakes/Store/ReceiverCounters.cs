using Harness.Contract.Envelopes;
using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>
/// Answers by kind and rejections by reason, as plain arrays of Interlocked counters: the hot
/// path never allocates or locks to count.
/// </summary>
internal sealed class ReceiverCounters
{
    private readonly long[] _byKind = new long[Enum.GetValues<ResponseKind>().Length];
    private readonly long[] _byReason = new long[ReasonNames.All.Length];

    public void Answered(ResponseKind kind, KeyState? key)
    {
        Interlocked.Increment(ref _byKind[(int)kind]);
        if (key is not null)
        {
            Interlocked.Increment(ref kind == ResponseKind.Success ? ref key.Accepted : ref key.Rejected);
        }
    }

    public void Rejected(RejectionReason reason) => Interlocked.Increment(ref _byReason[ReasonNames.Of(reason)]);

    /// <summary>A 400: the body problem, or one count per violated field rule.</summary>
    public void Rejected(ValidationResult result)
    {
        if (result.Problem != BodyProblem.None)
        {
            Interlocked.Increment(ref _byReason[ReasonNames.Of(result.Problem)]);
            return;
        }

        foreach (var violation in result.Violations)
        {
            Interlocked.Increment(ref _byReason[ReasonNames.Of(violation.Field, violation.Rule)]);
        }
    }

    public long Count(ResponseKind kind) => Interlocked.Read(ref _byKind[(int)kind]);

    /// <summary>Every reason counted at least once, by name.</summary>
    public IReadOnlyDictionary<string, long> Reasons()
    {
        var reasons = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < _byReason.Length; i++)
        {
            var count = Interlocked.Read(ref _byReason[i]);
            if (count > 0)
            {
                reasons[ReasonNames.All[i]] = count;
            }
        }

        return reasons;
    }

    public void Reset()
    {
        for (var i = 0; i < _byKind.Length; i++)
        {
            Interlocked.Exchange(ref _byKind[i], 0);
        }

        for (var i = 0; i < _byReason.Length; i++)
        {
            Interlocked.Exchange(ref _byReason[i], 0);
        }
    }
}
