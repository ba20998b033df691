using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// The answer a check expects under any reading of the open points: the catalogue's own
/// expectation for the named profiles, the validator's for a profile file (the validator is the
/// contract), and the strict expectation where no profile setting applies (keys, routes, limits).
/// </summary>
internal static class ProfileExpectations
{
    public static Expectation For(ConformanceCheck check, ReceiverProfile profile, AlarmValidator validator)
    {
        if (profile.Named is { } named)
        {
            return check.For(named);
        }

        return IsBodyCheck(check) ? Worst(validator, check.Steps) : check.Strict;
    }

    /// <summary>True when the body alone decides the answer: POSTs of a body within the limit, with the valid key and token.</summary>
    public static bool IsBodyCheck(ConformanceCheck check) =>
        check.Group is not (CheckGroup.Key or CheckGroup.Route)
        && check.Rule != CaseRules.Oversized
        && check.Steps.All(s => s.Method == "POST" && s.Path is null && s.Key == KeyVariant.Valid && s.Token == TokenMode.Configured
            && s.Body.Length <= ContractLimits.DefaultMaxBodyBytes);

    /// <summary>Every step of a sequence shares one expectation: the first step the validator rejects decides it.</summary>
    public static Expectation Worst(AlarmValidator validator, IEnumerable<CheckRequest> steps)
    {
        foreach (var step in steps)
        {
            var expectation = Expectation.From(validator.Validate(step.Body, step.ContentType));
            if (!expectation.IsSuccess)
            {
                return expectation;
            }
        }

        return Expectation.Success;
    }
}
