using System.Globalization;
using System.Text.RegularExpressions;

namespace Harness.Load.Scenarios;

/// <summary>
/// Where each model phase and threshold came from in the file. An unreadable item is left out of
/// the model, so the model's index can lag the file's; range problems are reported at the file's.
/// </summary>
internal sealed partial class JsonIndexMap
{
    internal List<int> Phases { get; } = [];

    internal List<int> Thresholds { get; } = [];

    internal string ToFilePath(string modelPath)
    {
        var match = IndexedPath().Match(modelPath);
        if (!match.Success)
        {
            return modelPath;
        }
        var list = match.Groups["list"].Value == "phases" ? Phases : Thresholds;
        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return index < list.Count
            ? $"$.{match.Groups["list"].Value}[{list[index]}]{modelPath[match.Length..]}"
            : modelPath;
    }

    [GeneratedRegex(@"^\$\.(?<list>phases|thresholds)\[(?<index>\d+)\]")]
    private static partial Regex IndexedPath();
}
