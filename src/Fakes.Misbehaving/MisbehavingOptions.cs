using Harness.Contract;
using Harness.Contract.Fields;

namespace Harness.Fakes.Misbehaving;

/// <summary>How to start a <see cref="MisbehavingTarget"/>. Everything but the defect is a correct receiver's setting.</summary>
public sealed class MisbehavingOptions
{
    /// <summary>The one integration key the target accepts; null generates 32 letters and digits.</summary>
    public string? Key { get; init; }

    /// <summary>When set, <c>X-Auth-Token</c> must equal it (DECISIONS row 1).</summary>
    public string? Token { get; init; }

    /// <summary>The profile the target is otherwise correct under.</summary>
    public Profile Profile { get; init; } = Profile.Strict;

    /// <summary>Bodies over this many bytes get 413.</summary>
    public int MaxBodyBytes { get; init; } = ContractLimits.DefaultMaxBodyBytes;

    /// <summary>How long <see cref="Defect.SlowRecoveries"/> holds an answer back; choose it beyond the suite's timeout.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock the slow delay runs on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Every problem with these options, each with the option's name; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Key is not null && !IntegrationKeyRule.HasValidLength(Key))
        {
            problems.Add($"{nameof(Key)}: must be {IntegrationKeyRule.MinLength} to {IntegrationKeyRule.MaxLength} characters.");
        }

        if (Token is { Length: 0 })
        {
            problems.Add($"{nameof(Token)}: must not be empty (leave it null for no token).");
        }

        if (!Enum.IsDefined(Profile))
        {
            problems.Add($"{nameof(Profile)}: unknown profile {(int)Profile}.");
        }

        if (MaxBodyBytes <= 0)
        {
            problems.Add($"{nameof(MaxBodyBytes)}: must be positive.");
        }

        if (SlowDelay <= TimeSpan.Zero || SlowDelay > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{nameof(SlowDelay)}: must be above zero and at most 10 minutes.");
        }

        if (TimeProvider is null)
        {
            problems.Add($"{nameof(TimeProvider)}: must not be null.");
        }

        return problems;
    }
}
