using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Contract.Text;

/// <summary>
/// An enum in run.json as its camelCase name (<c>stoppedAnswering</c>, <c>expectedRejection</c>), read back
/// in any case. A file from elsewhere naming a value this harness does not know, or a number, is refused
/// with its path rather than carried as a value no report can name.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class CamelEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum
{
    /// <summary>The name as run.json spells it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name.</returns>
    public static string Name(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
