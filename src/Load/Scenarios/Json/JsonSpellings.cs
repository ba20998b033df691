using Harness.Contract;

namespace Harness.Load.Scenarios;

/// <summary>How enum values are written in scenario files (and back).</summary>
internal static class JsonSpellings
{
    internal static readonly IReadOnlyDictionary<string, ArrivalProcess> Arrival =
        new Dictionary<string, ArrivalProcess>(StringComparer.Ordinal) { ["even"] = ArrivalProcess.Even, ["poisson"] = ArrivalProcess.Poisson };

    internal static readonly IReadOnlyDictionary<string, HttpVersionChoice> HttpVersion =
        new Dictionary<string, HttpVersionChoice>(StringComparer.Ordinal) { ["1.1"] = HttpVersionChoice.Http11, ["2"] = HttpVersionChoice.Http2 };

    internal static readonly IReadOnlyDictionary<string, Profile> Profile =
        new Dictionary<string, Profile>(StringComparer.Ordinal) { ["strict"] = Contract.Profile.Strict, ["lenient"] = Contract.Profile.Lenient };

    internal static string Write<T>(IReadOnlyDictionary<string, T> spellings, T value)
        where T : struct => spellings.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
