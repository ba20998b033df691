using System.Text.Json;

namespace Harness.Reports.Documents;

/// <summary>A run folder read back: exactly one of <see cref="Load"/> and <see cref="Conformance"/> is set.</summary>
internal sealed record RunDocument(RunKind Kind, LoadRunDocument? Load, ConformanceRunDocument? Conformance)
{
    public const string FileName = "run.json";

    /// <summary>Reads <paramref name="directory"/>/run.json; throws <see cref="RunUnreadableException"/> with a plain reason.</summary>
    public static RunDocument Open(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new RunUnreadableException(System.IO.Directory.Exists(directory)
                ? $"'{directory}' holds no {FileName}: is it a run folder?"
                : $"the run folder '{directory}' does not exist");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            return LoadRunReader.Text(root, "kind") switch
            {
                "load" => new RunDocument(RunKind.Load, LoadRunReader.Read(directory, root), null),
                "conformance" => new RunDocument(RunKind.Conformance, null, ConformanceRunDocument.Read(directory, root)),
                var other => throw new RunUnreadableException($"{path}: unknown run kind '{other}' (expected load or conformance)"),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new RunUnreadableException($"{path} cannot be read: {ex.Message}", ex);
        }
    }
}
