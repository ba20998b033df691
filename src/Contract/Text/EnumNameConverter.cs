using System.Text.Json.Serialization;

namespace Harness.Contract.Text;

/// <summary>
/// An enum in run.json as its name, as C# spells it (<c>RuleNotEnforced</c>). A file from elsewhere naming a
/// value this harness does not know, or a number, is refused with its path instead of crashing a report later.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class EnumNameConverter<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false)
    where T : struct, Enum;
