using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>
/// A scenario document walked once: each value's place in reading order (so problems are listed as the
/// file reads) and the properties written twice in their object.
/// </summary>
/// <remarks>
/// Duplicates are found here, not by System.Text.Json's <c>AllowDuplicateProperties = false</c>: on .NET 10 its
/// error names the property but not where it is (path <c>$</c> for <c>phases[0].rate</c>) and stops at the first.
/// </remarks>
internal sealed class DocumentOrder
{
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);

    internal DocumentOrder(JsonElement root) => Walk(root, "");

    /// <summary>The JSON pointers of the properties that appear again in their object, in reading order.</summary>
    internal List<string> Repeated { get; } = [];

    /// <summary>Where a problem comes as the file reads: at its value, or (a missing one) after the rest of its object.</summary>
    internal double PlaceOf(string pointer)
    {
        if (_places.TryGetValue(pointer, out var place))
        {
            return place;
        }

        var parent = JsonPlace.Parent(pointer);
        return _places.Where(o => o.Key.StartsWith(parent + "/", StringComparison.Ordinal)).Select(o => o.Value)
            .DefaultIfEmpty(_places.GetValueOrDefault(parent)).Max() + 0.5;
    }

    private void Walk(JsonElement element, string pointer)
    {
        // A second property of the same name has the same pointer as the first.
        if (!_places.TryAdd(pointer, _places.Count))
        {
            Repeated.Add(pointer);
            return;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, pointer + "/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{pointer}/{i++}");
            }
        }
    }
}
