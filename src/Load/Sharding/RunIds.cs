using System.Globalization;

namespace Harness.Load.Sharding;

/// <summary>Run ids: what every shard of one run shares, and how one is derived when none is given.</summary>
internal static class RunIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string runId) => runId.Length is > 0 and <= MaxLength && runId.All(IsIdChar);

    /// <summary>The scenario's name and the common start time: equal on every agent given the same absolute start.</summary>
    public static string Derive(string scenarioName, DateTimeOffset startAt)
    {
        var name = string.Concat(scenarioName.Select(c => IsIdChar(c) ? c : '-'));
        var stamp = startAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var text = $"{name}-{stamp}";
        return text.Length <= MaxLength ? text : text[^MaxLength..];
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
