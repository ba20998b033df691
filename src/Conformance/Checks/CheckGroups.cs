namespace Harness.Conformance.Checks;

/// <summary>The groups reports file checks under.</summary>
internal static class CheckGroups
{
    public const string Positive = "positive";
    public const string Negative = "negative";
    public const string Key = "key";
    public const string Route = "route";
    public const string Probe = "probe";
    public const string Fuzz = "fuzz";
}
