using System.Text.Json;
using Harness.Conformance.Reports;
using Harness.Contract.Files;
using Harness.Load.Records;

namespace Harness.Reports.Documents;

/// <summary>A run folder read back through its kind's one reader: exactly one of <see cref="Load"/> and <see cref="Conformance"/> is set.</summary>
internal sealed record RunDocument(string Directory, LoadRunRecord? Load, ConformanceRunRecord? Conformance)
{
    public const string FileName = "run.json";

    public RunKind Kind => Load is null ? RunKind.Conformance : RunKind.Load;

    /// <summary>A load run already in memory (just measured or merged) and the folder it is written to.</summary>
    public static RunDocument Of(string directory, LoadRunRecord load) => new(directory, load, null);

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
            // Read once, under the larger of the two kinds' limits; the kind's reader checks its own.
            var runJson = UntrustedFile.ReadAllBytes(path, Math.Max(ConformanceRunRecord.MaxBytes, LoadRunFiles.MaxRunJsonBytes));
            return KindOf(path, runJson) switch
            {
                "load" => new RunDocument(directory, LoadRunFiles.Read(directory, runJson), null),
                "conformance" => new RunDocument(directory, null, ConformanceRunRecord.Read(directory, runJson)),
                var other => throw new RunUnreadableException($"{path}: unknown run kind '{other}' (expected load or conformance)"),
            };
        }
        catch (InvalidDataException ex)
        {
            throw new RunUnreadableException(ex.Message, ex);
        }
    }

    // Only the kind is peeked at, reading the top-level members with a reader (no document is built: a
    // conformance run.json may be hundreds of MiB); each kind's record is then read by its own reader and limit.
    private static string? KindOf(string path, byte[] runJson)
    {
        try
        {
            var reader = new Utf8JsonReader(runJson);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            // Every member is passed over, so that a repeated "kind" reads as the record readers read it: the last one.
            string? kind = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals("kind"u8);
                reader.Read();
                if (isKind)
                {
                    kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return kind;
        }
        catch (JsonException ex)
        {
            throw new RunUnreadableException($"{path} cannot be read: {ex.Message}", ex);
        }
    }
}
