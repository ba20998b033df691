using Harness.Contract.Envelopes;
using Harness.Contract.Validation;

namespace Harness.Fakes.Store;

/// <summary>
/// Answers by kind, rejections by reason, and each key's accepted and rejected answers, in one set
/// of <see cref="StripedCounts"/>: the hot path never allocates, locks, or writes a cache line
/// another core is writing to count.
/// </summary>
internal sealed class ReceiverCounters
{
    private static readonly int Kinds = Enum.GetValues<ResponseKind>().Length;
    private static readonly int ReasonCount = ReasonNames.All.Length;

    private readonly StripedCounts _counts;

    public ReceiverCounters(int keyCount) => _counts = new StripedCounts(Kinds + ReasonCount + (2 * keyCount));

    public void Answered(ResponseKind kind, KeyState? key)
    {
        _counts.Increment((int)kind);
        if (key is not null)
        {
            _counts.Increment(KeyIndex(key, kind == ResponseKind.Success));
        }
    }

    public void Rejected(RejectionReason reason) => _counts.Increment(Kinds + ReasonNames.Of(reason));

    /// <summary>A 400: the body problem, or one count per violated field rule.</summary>
    public void Rejected(ValidationResult result)
    {
        if (result.Problem != BodyProblem.None)
        {
            _counts.Increment(Kinds + ReasonNames.Of(result.Problem));
            return;
        }

        foreach (var violation in result.Violations)
        {
            _counts.Increment(Kinds + ReasonNames.Of(violation.Field, violation.Rule));
        }
    }

    public long Count(ResponseKind kind) => _counts.Read((int)kind);

    /// <summary>The key's answers: 200s, and everything else.</summary>
    public (long Accepted, long Rejected) Count(KeyState key) => (_counts.Read(KeyIndex(key, true)), _counts.Read(KeyIndex(key, false)));

    /// <summary>Every reason counted at least once, by name.</summary>
    public IReadOnlyDictionary<string, long> Reasons()
    {
        var reasons = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < ReasonCount; i++)
        {
            var count = _counts.Read(Kinds + i);
            if (count > 0)
            {
                reasons[ReasonNames.All[i]] = count;
            }
        }

        return reasons;
    }

    public void Reset() => _counts.Reset();

    private static int KeyIndex(KeyState key, bool accepted) => Kinds + ReasonCount + (2 * key.Index) + (accepted ? 0 : 1);
}
