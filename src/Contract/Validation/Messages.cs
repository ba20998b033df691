using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// The texts of 400 answers. Field messages follow the spec's example and Bean Validation's
/// wording (DECISIONS rows 5 and 7); several are joined with <see cref="Separator"/> (row 12).
/// </summary>
public static class Messages
{
    /// <summary>Between violations in one <c>error_msg</c>, as in the spec's example.</summary>
    public const string Separator = " | ";

    /// <summary>The message for one broken rule of a field.</summary>
    public static string For(FieldRule field, ViolationRule rule)
    {
        ArgumentNullException.ThrowIfNull(field);
        return rule switch
        {
            ViolationRule.Missing => $"{field.Name} must not be null",
            ViolationRule.Size => $"{field.Name} size must be between {field.MinLength} and {field.MaxLength}",
            ViolationRule.Enum => $"{field.Name} must be one of [{string.Join(", ", field.EnumValues)}]",
            ViolationRule.Type => field.Kind switch
            {
                JsonKind.Integer => $"{field.Name} must be an integer (epoch milliseconds)",
                JsonKind.Object => $"{field.Name} must be an object",
                _ => $"{field.Name} must be a string",
            },
            ViolationRule.Range => $"{field.Name} must be between 1 and {ContractLimits.MaxTime}",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    /// <summary>The message for a body that could not be read as an alarm; a too-deep one names the profile's nesting limit.</summary>
    public static string For(BodyProblem problem, int maxDepth = ContractLimits.MaxDepth) => problem switch
    {
        BodyProblem.UnsupportedContentType => "Content-Type must be application/json;charset=UTF-8",
        BodyProblem.Empty => "Request body is empty",
        BodyProblem.InvalidUtf8 => "Request body is not valid UTF-8",
        BodyProblem.MalformedJson => "Request body is not valid JSON",
        BodyProblem.NotAnObject => "Request body must be a JSON object",
        BodyProblem.TooDeep => $"Request body nests deeper than {maxDepth} levels",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    /// <summary>The <c>error_msg</c> of a 400 listing several violations, in the order given.</summary>
    public static string Join(IEnumerable<Violation> violations) =>
        string.Join(Separator, violations.Select(v => v.Message));
}
