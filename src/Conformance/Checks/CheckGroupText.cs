using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Conformance.Checks;

/// <summary>
/// A <see cref="CheckGroup"/> as text, lower case (<c>negative</c>). A run.json from elsewhere may name a
/// group this harness does not know, or a number: reading it fails with the path, rather than carrying a
/// value no report can name.
/// </summary>
internal sealed class CheckGroupText() : JsonStringEnumConverter<CheckGroup>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
{
    public static string Of(CheckGroup group) => JsonNamingPolicy.CamelCase.ConvertName(group.ToString());
}
