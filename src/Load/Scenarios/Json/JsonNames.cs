using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// The JSON property names of a model type, derived from its public properties (camelCase,
/// minus <see cref="JsonIgnoreAttribute"/>), so the loader, the writer and the schema test
/// cannot drift from the records.
/// </summary>
internal static class JsonNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    internal static IReadOnlyList<string> Of(Type type) =>
        Cache.GetOrAdd(type, static t =>
            [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0
                            && p.Name != "EqualityContract")
                .OrderBy(p => p.MetadataToken)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .Distinct()]);

    internal static IReadOnlyList<string> Of<T>() => Of(typeof(T));

    /// <summary>The model type of each phase <c>type</c>.</summary>
    internal static readonly IReadOnlyDictionary<string, Type> PhaseTypesByName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [PhaseTypes.WarmUp] = typeof(WarmUpPhase),
        [PhaseTypes.ConstantRate] = typeof(ConstantRatePhase),
        [PhaseTypes.RampingRate] = typeof(RampingRatePhase),
        [PhaseTypes.Spike] = typeof(SpikePhase),
        [PhaseTypes.ConstantConcurrency] = typeof(ConstantConcurrencyPhase),
        [PhaseTypes.RampingConcurrency] = typeof(RampingConcurrencyPhase),
        [PhaseTypes.Iterations] = typeof(IterationsPhase),
    };
}
