namespace Harness.Conformance.Oracle;

/// <summary>The oracle's verdict on one answer and, unless it passed, every mismatch it found.</summary>
internal readonly record struct Judgement(Verdict Verdict, string Reason)
{
    public static readonly Judgement Pass = new(Verdict.Pass, "");

    public bool Passed => Verdict == Verdict.Pass;
}
