using System.Globalization;
using Harness.Contract;
using Harness.Fakes;
using Harness.Fakes.Faults;

namespace Harness.Cli.Commands;

/// <summary>The options of <c>harness fake</c> as typed, turned into receiver options with every problem found at once.</summary>
internal sealed record FakeArguments(
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Keys,
    string? RequireToken,
    string? Profile,
    string? MaxBody,
    string? Latency,
    string? ErrorRate,
    string? RateLimit,
    string? Stall,
    string? Journal,
    string? Recent,
    bool SelfTest,
    string? AdminToken = null)
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The receiver options, or null with each problem named by its option.</summary>
    public FakeReceiverOptions? ToOptions(out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var profile = ReceiverProfile.Strict;
        if (Profile is not null)
        {
            profile = ProfileArgument.Parse(Profile, out var profileProblem) ?? profile;
            if (profileProblem is not null)
            {
                found.Add(profileProblem);
            }
        }

        var maxBody = Parse(MaxBody, ContractLimits.DefaultMaxBodyBytes, TryParseSize, $"--max-body: '{MaxBody}' is not a size; use bytes or a KiB/MiB suffix, e.g. 1048576 or 1MiB", found);

        LatencySpec? latency = null;
        if (Latency is not null && !LatencySpec.TryParse(Latency, out latency, out var latencyProblem))
        {
            found.Add($"--latency: {latencyProblem}");
        }

        var errorRate = Parse(ErrorRate, 0d, TryParseShare, $"--error-rate: '{ErrorRate}' is not a share; use 0..1 or a percentage, e.g. 0.05 or 5%", found);

        RateLimitSpec? rateLimit = null;
        if (RateLimit is not null && !RateLimitSpec.TryParse(RateLimit, out rateLimit, out var rateProblem))
        {
            found.Add($"--rate-limit: {rateProblem}");
        }

        StallSpec? stall = null;
        if (Stall is not null && !StallSpec.TryParse(Stall, out stall, out var stallProblem))
        {
            found.Add($"--stall: {stallProblem}");
        }

        var recent = Parse(Recent, 100, (string t, out int n) => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out n), $"--recent: '{Recent}' is not a whole number", found);

        var options = new FakeReceiverOptions
        {
            Urls = Urls.Count == 0 ? [DefaultUrl] : Urls,
            Keys = Keys,
            RequiredToken = RequireToken,
            AdminToken = AdminToken,
            Profile = profile,
            MaxBodyBytes = maxBody,
            Latency = latency,
            ErrorRate = errorRate,
            RateLimit = rateLimit,
            Stall = stall,
            JournalPath = Journal,
            RecentCapacity = recent,
        };

        // The receiver's own checks, renamed to the command's options.
        found.AddRange(options.Validate().Select(Rename));
        problems = found;
        return found.Count == 0 ? options : null;
    }

    // The receiver's property names as the command's options ("Keys[0]: ..." becomes "--key: ...").
    private static readonly (string Property, string Option)[] Options =
    [
        ("Keys", "--key"), ("AdminToken", "--admin-token"), ("RequiredToken", "--require-token"), ("Urls", "--urls"), ("MaxBodyBytes", "--max-body"),
        ("ErrorRate", "--error-rate"), ("RecentCapacity", "--recent"), ("JournalPath", "--journal"), ("Profile", "--profile"),
    ];

    private static string Rename(string problem) =>
        Options.FirstOrDefault(o => problem.StartsWith(o.Property, StringComparison.Ordinal)) is { Option: { } option } named
            ? option + problem[(named.Property == "Keys" ? problem.IndexOf(':', StringComparison.Ordinal) : named.Property.Length)..]
            : problem;

    private delegate bool TryParseText<T>(string text, out T value);

    // The option's value, its default when not given, or the default and the problem when it does not parse.
    private static T Parse<T>(string? text, T fallback, TryParseText<T> parse, string problem, List<string> found)
    {
        if (text is null)
        {
            return fallback;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        found.Add(problem);
        return fallback;
    }

    internal static bool TryParseSize(string text, out int bytes)
    {
        bytes = 0;
        var trimmed = text.Trim();
        long unit = 1;
        foreach (var (suffix, size) in new[] { ("KiB", 1024L), ("MiB", 1024L * 1024), ("KB", 1000L), ("MB", 1000L * 1000), ("B", 1L) })
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^suffix.Length].Trim();
                unit = size;
                break;
            }
        }

        if (!long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count * unit > int.MaxValue)
        {
            return false;
        }

        bytes = (int)(count * unit);
        return true;
    }

    internal static bool TryParseShare(string text, out double share)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        var ok = double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out share);
        share = percent ? share / 100 : share;
        return ok && share is >= 0 and <= 1;
    }
}
