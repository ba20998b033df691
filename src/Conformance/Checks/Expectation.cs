using Harness.Contract.Envelopes;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// The answer a check expects: status, <c>error_code</c>, and the violation messages whose fields
/// the <c>error_msg</c> must name (any order).
/// </summary>
internal sealed record Expectation(int Status, string ErrorCode, IReadOnlyList<string> MustName)
{
    public static readonly Expectation Success = Of(ResponseKind.Success);

    public static readonly Expectation Unauthorized = Of(ResponseKind.Unauthorized);

    /// <summary>An <see cref="ErrorCode"/> meaning "any code but a success code" (404/405: contract.md#row-16).</summary>
    public const string AnyErrorCode = "";

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>What the error_msg must name: each violation's field, or <c>(body)</c> for a body-level problem.</summary>
    public IReadOnlySet<string> NamedSubjects => MustName
        .Select(m => Harness.Contract.Fields.AlarmFields.All.FirstOrDefault(f => m.StartsWith(f.Name + " ", StringComparison.Ordinal))?.Name ?? "(body)")
        .ToHashSet(StringComparer.Ordinal);

    public static Expectation Of(ResponseKind kind)
    {
        var code = ResponseCodes.For(kind);
        return new Expectation(code.Status, code.ErrorCode, []);
    }

    public static Expectation From(CaseExpectation expectation) =>
        new(expectation.Status, expectation.ErrorCode, expectation.MessageMustName);

    /// <summary>The validator is the contract: what it says of a body is what the target must answer.</summary>
    public static Expectation From(ValidationResult result)
    {
        if (result.IsValid)
        {
            return Success;
        }

        var code = ResponseCodes.For(ResponseKind.BadBody);
        IReadOnlyList<string> names = result.Problem != BodyProblem.None
            ? [result.ErrorMessage!]
            : result.Violations.Select(v => v.Message).ToArray();
        return new Expectation(code.Status, code.ErrorCode, names);
    }

    public string Describe() =>
        MustName.Count == 0 ? $"{Status} {CodeText}"
        : $"{Status} {CodeText}, error_msg naming: {string.Join("; ", MustName)}";

    private string CodeText => ErrorCode == AnyErrorCode ? "(any error_code)" : ErrorCode;
}
