namespace Harness.Contract.Validation;

/// <summary>Why a body could not be read as an alarm at all (DECISIONS rows 9 and 18). Reported alone, as 400.</summary>
public enum BodyProblem
{
    /// <summary>The body was read; field rules decide.</summary>
    None,

    /// <summary>Content-Type missing or not <c>application/json</c> with a UTF-8 charset (strict only).</summary>
    UnsupportedContentType,

    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>Bytes that are not UTF-8.</summary>
    InvalidUtf8,

    /// <summary>Not well-formed JSON, truncated, or with trailing content.</summary>
    MalformedJson,

    /// <summary>Well-formed JSON whose top level is not an object.</summary>
    NotAnObject,

    /// <summary>Containers nested deeper than <see cref="ContractLimits.MaxDepth"/>.</summary>
    TooDeep,
}
