using Harness.Conformance;
using Harness.Contract;
using Harness.Contract.Targets;
using Harness.Contract.Text;
using Harness.Fakes;

namespace Harness.Cli.Commands;

/// <summary>The parsed options of <c>harness conformance</c>.</summary>
internal sealed record ConformanceArguments(
    string? Target, string? Key, string? Token, IReadOnlyList<string> Headers, string? Profile, bool Insecure,
    string? TimeoutText, int? Seed, IReadOnlyList<string> Only, IReadOnlyList<string> Skip, int? Concurrency,
    double? Rps, int? Fuzz, string Out, bool ShowSecrets, string? Replay, string? WriteProfile = null, TargetSwitches? Reach = null)
{
    /// <summary>With no --target: the embedded fake takes the --key and requires the --token.</summary>
    public FakeReceiverOptions EmbeddedFake => new() { Keys = Key is null ? [] : [Key], RequiredToken = Token };

    /// <summary>The suite's options, or every problem with the arguments.</summary>
    public ConformanceOptions ToOptions(out List<string> problems)
    {
        problems = [];
        var headers = HeaderLines.Parse(Headers, problems);
        var reach = Reach ?? new TargetSwitches();
        var proxy = reach.ParseProxy(problems);

        Uri? target = null;
        if (Target is not null && !Uri.TryCreate(Target, UriKind.Absolute, out target))
        {
            problems.Add($"--target: '{Target}' is not an absolute URL");
        }

        ReceiverProfile? profile = null;
        if (Profile is not null)
        {
            profile = ProfileArgument.Parse(Profile, out var profileProblem);
            if (profileProblem is not null)
            {
                problems.Add(profileProblem);
            }
        }

        if (WriteProfile is not null && (WriteProfile.Length == 0 || Directory.Exists(WriteProfile)
            || Path.GetDirectoryName(Path.GetFullPath(WriteProfile)) is { } folder && !Directory.Exists(folder)))
        {
            problems.Add($"--write-profile: '{WriteProfile}' must be a file in an existing folder");
        }

        var defaults = new ConformanceOptions();
        var options = new ConformanceOptions
        {
            Target = target is null ? null : new TargetEndpoint
            {
                BaseUrl = target, Key = Key ?? "", Token = Token, Headers = headers,
                Tls = reach.Tls(Insecure), HttpVersion = reach.HttpVersion ?? "1.1", Proxy = proxy,
            },
            Profile = profile,
            Timeout = ParseTimeout(TimeoutText, defaults.Timeout, problems),
            Seed = Seed ?? defaults.Seed,
            Only = Only,
            Skip = Skip,
            Concurrency = Concurrency ?? defaults.Concurrency,
            Rps = Rps,
            Fuzz = Fuzz ?? 0,
            ShowSecrets = ShowSecrets,
        };
        problems.AddRange(options.Validate());
        if (target is null)
        {
            problems.AddRange(ConformanceOptions.TargetProblems(Key, Token, keyRequired: false));
        }

        if (Replay is not null && Fuzz is > 0)
        {
            problems.Add("--fuzz: a replay re-sends recorded cases only; leave --fuzz out");
        }

        return options;
    }

    // The one duration syntax (docs/scenarios.md): '10s', '500ms', '1m'. A bare number was read as
    // seconds before; it is refused with the spelling that means the same, never silently guessed.
    private static TimeSpan ParseTimeout(string? text, TimeSpan fallback, List<string> problems)
    {
        if (text is null)
        {
            return fallback;
        }

        if (DurationText.TryParse(text, out var timeout, out var error))
        {
            return timeout;
        }

        problems.Add(double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? $"--timeout: '{text}' has no unit; write '{text.Trim()}s' for seconds (durations take a unit: 500ms, 10s, 1m)"
            : $"--timeout: {error}");
        return fallback;
    }
}
