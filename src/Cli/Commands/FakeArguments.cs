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
            else if (SelfTest && profile.Named is null)
            {
                found.Add("--self-test: the self-test knows the strict and lenient profiles only; leave out the profile file");
            }
        }

        var maxBody = ContractLimits.DefaultMaxBodyBytes;
        if (MaxBody is not null && TryParseSize(MaxBody, out var parsedSize))
        {
            maxBody = parsedSize;
        }
        else if (MaxBody is not null)
        {
            found.Add($"--max-body: '{MaxBody}' is not a size; use bytes or a KiB/MiB suffix, e.g. 1048576 or 1MiB");
        }

        LatencySpec? latency = null;
        if (Latency is not null && !LatencySpec.TryParse(Latency, out latency, out var latencyProblem))
        {
            found.Add($"--latency: {latencyProblem}");
        }

        double errorRate = 0;
        if (ErrorRate is not null && TryParseShare(ErrorRate, out var parsedShare))
        {
            errorRate = parsedShare;
        }
        else if (ErrorRate is not null)
        {
            found.Add($"--error-rate: '{ErrorRate}' is not a share; use 0..1 or a percentage, e.g. 0.05 or 5%");
        }

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

        var recent = 100;
        if (Recent is not null && int.TryParse(Recent, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedRecent))
        {
            recent = parsedRecent;
        }
        else if (Recent is not null)
        {
            found.Add($"--recent: '{Recent}' is not a whole number");
        }

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

    private static string Rename(string problem) =>
        problem.StartsWith("Keys", StringComparison.Ordinal) ? "--key" + problem[(problem.IndexOf(':', StringComparison.Ordinal))..]
        : problem.StartsWith("AdminToken", StringComparison.Ordinal) ? "--admin-token" + problem["AdminToken".Length..]
        : problem.StartsWith("RequiredToken", StringComparison.Ordinal) ? "--require-token" + problem["RequiredToken".Length..]
        : problem.StartsWith("Urls", StringComparison.Ordinal) ? "--urls" + problem["Urls".Length..]
        : problem.StartsWith("MaxBodyBytes", StringComparison.Ordinal) ? "--max-body" + problem["MaxBodyBytes".Length..]
        : problem.StartsWith("ErrorRate", StringComparison.Ordinal) ? "--error-rate" + problem["ErrorRate".Length..]
        : problem.StartsWith("RecentCapacity", StringComparison.Ordinal) ? "--recent" + problem["RecentCapacity".Length..]
        : problem.StartsWith("JournalPath", StringComparison.Ordinal) ? "--journal" + problem["JournalPath".Length..]
        : problem.StartsWith("Profile", StringComparison.Ordinal) ? "--profile" + problem["Profile".Length..]
        : problem;

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
