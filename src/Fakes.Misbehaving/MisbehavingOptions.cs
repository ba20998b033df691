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

    /// <summary>
    /// A conforming variation, not a defect: 404 and 405 carry codes and messages of the receiver's
    /// own (the contract pins neither), so the suite must still pass.
    /// </summary>
    public bool OwnRoutingCodes { get; init; }

    /// <summary>
    /// When set, a gateway stands in front and answers every request itself with an HTML error page
    /// of this status (502: the upstream is down; 404: a wrong base path), as nginx does.
    /// </summary>
    public int? GatewayPageStatus { get; init; }

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

        if (GatewayPageStatus is { } gateway && gateway is < 300 or > 599)
        {
            problems.Add($"{nameof(GatewayPageStatus)}: {gateway} is not an error status (300..599).");
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
