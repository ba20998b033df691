namespace Harness.Contract;

/// <summary>
/// One reading of every open point of the contract that a receiver can be configured for
/// (docs/contract.md, "Open points"): the two named profiles are instances of it, and a profile
/// file (<see cref="ProfileFile"/>) holds any other. The validator, the fake and the conformance
/// suite's expectations all read it, so a profile written from a target's answers makes the fake
/// answer the same way.
/// </summary>
public sealed record ReceiverProfile
{
    /// <summary>The exact types and limits the reference receiver uses by default.</summary>
    public static readonly ReceiverProfile Strict = new() { Name = "strict" };

    /// <summary>What a Java/Spring backend with Jackson defaults does.</summary>
    public static readonly ReceiverProfile Lenient = new()
    {
        Name = "lenient",
        CoercesTime = true,
        CaseInsensitiveEnums = true,
        CoercesScalars = true,
        AcceptsAnyContentType = true,
    };

    /// <summary>How reports name the profile: <c>strict</c>, <c>lenient</c>, or the file's name.</summary>
    public string Name { get; init; } = "custom";

    /// <summary>Row 3: numeric strings are coerced into <c>time</c>, fractions and exponent forms truncated.</summary>
    public bool CoercesTime { get; init; }

    /// <summary>Row 7: enum values are compared ignoring case.</summary>
    public bool CaseInsensitiveEnums { get; init; }

    /// <summary>Row 8: numbers and booleans in string fields are read as their JSON text.</summary>
    public bool CoercesScalars { get; init; }

    /// <summary>Row 9: any Content-Type (or none) is read as JSON.</summary>
    public bool AcceptsAnyContentType { get; init; }

    /// <summary>Row 9: how deep containers may nest (the root object counts as one); deeper is 400.</summary>
    public int MaxDepth { get; init; } = ContractLimits.MaxDepth;

    /// <summary>Row 17: whitespace-only values satisfy required fields (<c>@Size</c>, not <c>@NotBlank</c>).</summary>
    public bool AcceptsBlankStrings { get; init; } = true;

    /// <summary>Row 18: a UTF-8 byte-order mark before the JSON is skipped.</summary>
    public bool SkipsByteOrderMark { get; init; } = true;

    /// <summary>The named profile this one reads every open point like, or null.</summary>
    public Profile? Named =>
        SameRules(Strict) ? Profile.Strict : SameRules(Lenient) ? Profile.Lenient : null;

    /// <summary>The named profiles as readings.</summary>
    public static ReceiverProfile For(Profile profile) => profile == Profile.Lenient ? Lenient : Strict;

    /// <summary>Lets every caller that names a profile keep doing so.</summary>
    public static implicit operator ReceiverProfile(Profile profile) => For(profile);

    /// <summary>True when both read every open point alike, whatever their names.</summary>
    public bool SameRules(ReceiverProfile other) =>
        other is not null && this with { Name = other.Name } == other;

    /// <summary>Every problem with the values, each naming its property; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(char.IsControl))
        {
            problems.Add("name: must be a non-empty line of text");
        }

        if (MaxDepth is < 2 or > MaxMaxDepth)
        {
            problems.Add($"maxDepth: {MaxDepth} is outside 2..{MaxMaxDepth}");
        }

        return problems;
    }

    /// <summary>The deepest nesting a profile may allow (the root object and one field's value at least).</summary>
    public const int MaxMaxDepth = 100_000;

    public override string ToString() => Name;
}
