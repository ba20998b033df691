namespace Harness.Generators.Broken;

/// <summary>The <see cref="BrokenCase.Rule"/> values: what kind of breakage a case is, for filtering.</summary>
public static class CaseRules
{
    public const string Missing = "missing";
    public const string Null = "null";
    public const string Empty = "empty";
    public const string TooLong = "too-long";
    public const string WrongType = "wrong-type";
    public const string Whitespace = "whitespace";
    public const string EnumCase = "enum-case";
    public const string EnumSpaces = "enum-spaces";
    public const string EnumUnknown = "enum-unknown";
    public const string EnumNearMiss = "enum-near-miss";
    public const string TimeFormat = "time-format";
    public const string TimeRange = "time-range";
    public const string Nesting = "nesting";
    public const string Malformed = "malformed";
    public const string Truncated = "truncated";
    public const string EmptyBody = "empty-body";
    public const string NotAnObject = "not-an-object";
    public const string Bom = "bom";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string DuplicateKey = "duplicate-key";
    public const string UnknownField = "unknown-field";
    public const string Oversized = "oversized";
    public const string ContentType = "content-type";
    public const string Several = "several";
    public const string Key = "key";
    public const string Headers = "headers";
}
