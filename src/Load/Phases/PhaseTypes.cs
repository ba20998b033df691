using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// The JSON <c>type</c> names of the phases: those declared on <see cref="Phase"/>, and any registered
/// with <see cref="Register{T}"/> (a phase type defined outside this assembly, e.g. by a test).
/// </summary>
internal static class PhaseTypes
{
    private static readonly ConcurrentDictionary<Type, string> Registered = new();

    /// <summary>The declared types, in the order the documentation lists them.</summary>
    private static readonly IReadOnlyList<(Type Type, string Name)> Declared =
        [.. typeof(Phase).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (a.DerivedType, (string)a.TypeDiscriminator!))];

    /// <summary>Every type and its name, the declared ones first.</summary>
    internal static IEnumerable<(Type Type, string Name)> Known => Declared.Concat(Registered.Select(r => (r.Key, r.Value)));

    /// <summary>The names of the types this assembly ships, in the order the documentation lists them.</summary>
    internal static IReadOnlyList<string> All { get; } = [.. Declared.Select(k => k.Name)];

    /// <summary>
    /// Makes <typeparamref name="T"/> readable and writable in scenario files as <c>"type": name</c>.
    /// Call before the first scenario is loaded or written (the JSON contract is built once).
    /// </summary>
    internal static void Register<T>(string name)
        where T : Phase
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Registered[typeof(T)] = name;
    }

    /// <summary>The JSON name of a phase type.</summary>
    internal static string NameOf(Type type) =>
        Known.FirstOrDefault(k => k.Type == type).Name ?? throw new InvalidOperationException($"{type.Name} is not a registered phase type");
}
