namespace Harness.Contract;

/// <summary>Limits the spec leaves open, as DECISIONS.md fixes them.</summary>
public static class ContractLimits
{
    /// <summary>Containers may nest this deep (the root object counts as one); deeper is 400 (row 9).</summary>
    public const int MaxDepth = 64;

    /// <summary>The fake's default body limit; over it is 413 (row 10).</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest <c>time</c>: Int64.MaxValue (row 3). The smallest is 1.</summary>
    public const long MaxTime = long.MaxValue;
}
