using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Harness.Contract.Text;
using Harness.Load.Scenarios;

namespace Harness.Load.Sharding;

/// <summary>
/// <c>--start-at</c>: an absolute RFC 3339 time (<c>2025-06-01T12:00:00Z</c>, any offset, kept as UTC)
/// or a delay from now (<c>+10s</c>, <c>+2m</c>). Agents on different machines need the absolute form.
/// </summary>
internal static class StartTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>How far ahead a start may be: a shard waits in-process, and timers end at about 49 days.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(7);

    /// <summary>Parses the text; <paramref name="relative"/> tells whether it was a delay from now.</summary>
    public static bool TryParse(string text, TimeProvider clock, out DateTimeOffset startAt, out bool relative, [NotNullWhen(false)] out string? error)
    {
        startAt = default;
        relative = text.StartsWith('+');
        if (relative)
        {
            if (!DurationText.TryParse(text[1..], out var delay, out var durationError))
            {
                error = $"'{text}': {durationError}";
                return false;
            }

            startAt = clock.GetUtcNow() + delay;
            return WithinReach(text, startAt, clock, out error);
        }

        if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = $"'{text}' is neither an RFC 3339 time with its zone (2025-06-01T12:00:00Z) nor a delay (+10s)";
            return false;
        }

        // RFC 3339 always names the zone; a bare local time would mean different instants on different machines.
        if (!(text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':')))
        {
            error = $"'{text}' has no zone: end it with Z (UTC) or an offset such as +02:00";
            return false;
        }

        startAt = parsed.ToUniversalTime();
        return WithinReach(text, startAt, clock, out error);
    }

    private static bool WithinReach(string text, DateTimeOffset startAt, TimeProvider clock, [NotNullWhen(false)] out string? error)
    {
        error = startAt - clock.GetUtcNow() > MaxAhead
            ? $"'{text}' is more than {MaxAhead.TotalDays:0} days away: start the agents closer to the run"
            : null;
        return error is null;
    }

    /// <summary>As run.json and the run id spell a start: UTC, to the millisecond.</summary>
    public const string TextFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TextFormat, CultureInfo.InvariantCulture);
}
