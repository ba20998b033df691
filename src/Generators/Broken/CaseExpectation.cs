using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Generators.Broken;

/// <summary>The answer a case must get under one profile.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ErrorCode">The envelope's <c>error_code</c>.</param>
/// <param name="MessageMustName">
/// The texts (from <see cref="Messages"/>) the <c>error_msg</c> must contain, compared as a set;
/// empty for answers other than 400.
/// </param>
public sealed record CaseExpectation(int Status, string ErrorCode, IReadOnlyList<string> MessageMustName)
{
    /// <summary>200 <c>COC.00000000</c>: the request is accepted.</summary>
    public static CaseExpectation Accepted { get; } = OfKind(ResponseKind.Success);

    /// <summary>401 <c>common.01010001</c>: the key is refused (before the body is looked at).</summary>
    public static CaseExpectation Unauthorized { get; } = OfKind(ResponseKind.Unauthorized);

    /// <summary>413 <c>APIGW.0201</c>: the body is over the size limit.</summary>
    public static CaseExpectation TooLarge { get; } = OfKind(ResponseKind.TooLarge);

    /// <summary>True for 200.</summary>
    public bool IsAccepted => Status == ResponseCodes.For(ResponseKind.Success).Status;

    /// <summary>400 naming one violation per (field, rule).</summary>
    public static CaseExpectation Violations(params (FieldRule Field, ViolationRule Rule)[] violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return BadBody([.. violations.Select(v => Messages.For(v.Field, v.Rule))]);
    }

    /// <summary>400 for a body that cannot be read as an alarm.</summary>
    public static CaseExpectation Body(BodyProblem problem) => BadBody([Messages.For(problem)]);

    private static CaseExpectation BadBody(IReadOnlyList<string> messages) =>
        new(ResponseCodes.For(ResponseKind.BadBody).Status, ResponseCodes.For(ResponseKind.BadBody).ErrorCode, messages);

    private static CaseExpectation OfKind(ResponseKind kind) =>
        new(ResponseCodes.For(kind).Status, ResponseCodes.For(kind).ErrorCode, []);
}
