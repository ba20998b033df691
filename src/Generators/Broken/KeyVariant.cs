namespace Harness.Generators.Broken;

/// <summary>Which integration key a request carries in its path (DECISIONS rows 1, 2, 19).</summary>
public enum KeyVariant
{
    /// <summary>The target's valid key.</summary>
    Valid,

    /// <summary>No key segment at all: <c>/v1/event/huawei/custom</c>.</summary>
    Missing,

    /// <summary>An empty key segment: <c>/v1/event/huawei/custom/</c>.</summary>
    Empty,

    /// <summary>A well-formed key no target knows.</summary>
    Unknown,

    /// <summary>One character over the 255 the spec allows.</summary>
    TooLong,

    /// <summary>The valid key with every character percent-encoded; equal to the valid key once decoded.</summary>
    PercentEncoded,

    /// <summary>The valid key with the case of its letters swapped.</summary>
    WrongCase,
}
