using System.Text.Json;
using Harness.Contract.Files;

namespace Harness.Contract;

/// <summary>
/// A <see cref="ReceiverProfile"/> as a JSON file (schema: <c>docs/profile.schema.json</c>):
/// <c>harness conformance --write-profile</c> writes what a target did on every open point,
/// <c>--profile FILE</c> holds a target to it and <c>harness fake --profile FILE</c> answers by it.
/// </summary>
public static class ProfileFile
{
    /// <summary>The value of the file's <c>kind</c> member.</summary>
    public const string Kind = "harness-profile";

    /// <summary>Larger files are refused before they are parsed.</summary>
    public const int MaxFileBytes = 64 * 1024;

    // Each open point: the JSON member, the spelling of the profile's two answers, and how to read/set it.
    private static readonly (string Member, string No, string Yes, Func<ReceiverProfile, bool> Get, Func<ReceiverProfile, bool, ReceiverProfile> Set)[] Choices =
    [
        ("time", "integer-only", "coerce", p => p.CoercesTime, (p, v) => p with { CoercesTime = v }),
        ("enumCase", "sensitive", "insensitive", p => p.CaseInsensitiveEnums, (p, v) => p with { CaseInsensitiveEnums = v }),
        ("scalarsInTextFields", "reject", "coerce", p => p.CoercesScalars, (p, v) => p with { CoercesScalars = v }),
        ("contentType", "json-only", "any", p => p.AcceptsAnyContentType, (p, v) => p with { AcceptsAnyContentType = v }),
        ("blankStrings", "reject", "accept", p => p.AcceptsBlankStrings, (p, v) => p with { AcceptsBlankStrings = v }),
        ("byteOrderMark", "reject", "skip", p => p.SkipsByteOrderMark, (p, v) => p with { SkipsByteOrderMark = v }),
    ];

    /// <summary>The profile as indented UTF-8 JSON, with a note saying where it came from.</summary>
    public static byte[] ToUtf8(ReceiverProfile profile, string? observedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Kind);
            writer.WriteString("name", profile.Name);
            if (observedFrom is not null)
            {
                writer.WriteString("observedFrom", observedFrom);
            }

            writer.WriteStartObject("openPoints");
            foreach (var choice in Choices)
            {
                writer.WriteString(choice.Member, choice.Get(profile) ? choice.Yes : choice.No);
            }

            writer.WriteNumber("maxDepth", profile.MaxDepth);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>Reads a profile file; every problem is reported at once, each with its JSON path.</summary>
    public static ReceiverProfile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InvalidDataException($"{path}: no such profile file (give strict, lenient or a profile file written by --write-profile)");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"{path}: {info.Length} bytes is too large for a profile file (at most {MaxFileBytes})");
        }

        // The length a link to /dev/zero or a pipe reports is 0: the read itself stops past the limit.
        byte[] bytes;
        try
        {
            bytes = UntrustedFile.ReadAtMost(path, MaxFileBytes);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException($"{path}: more than {MaxFileBytes} bytes is too large for a profile file");
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses a profile from JSON bytes; <paramref name="source"/> names it in messages.</summary>
    public static ReceiverProfile Parse(byte[] json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var problems = new List<string>();
            var profile = FromDocument(document.RootElement, problems);
            problems.AddRange(profile.Validate().Select(p => "$." + p));
            if (problems.Count > 0)
            {
                throw new InvalidDataException($"{source}: not a usable profile file:" + Environment.NewLine
                    + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
            }

            return profile;
        }
    }

    private static ReceiverProfile FromDocument(JsonElement root, List<string> problems)
    {
        var profile = ReceiverProfile.Strict with { Name = "custom" };
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$: must be a JSON object");
            return profile;
        }

        if (!root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Kind)
        {
            problems.Add($"$.kind: must be \"{Kind}\"");
        }

        if (root.TryGetProperty("name", out var name))
        {
            profile = name.ValueKind == JsonValueKind.String ? profile with { Name = name.GetString()! } : profile with { Name = "" };
        }

        if (!root.TryGetProperty("openPoints", out var points) || points.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$.openPoints: must be an object");
            return profile;
        }

        foreach (var member in root.EnumerateObject().Where(m => m.Name is not ("$schema" or "kind" or "name" or "observedFrom" or "openPoints")))
        {
            problems.Add($"$.{member.Name}: not a member of a profile file");
        }

        var known = Choices.Select(c => c.Member).Append("maxDepth").ToHashSet(StringComparer.Ordinal);
        foreach (var member in points.EnumerateObject().Where(m => !known.Contains(m.Name)))
        {
            problems.Add($"$.openPoints.{member.Name}: not an open point a profile records (known: {string.Join(", ", known)})");
        }

        foreach (var choice in Choices)
        {
            if (!points.TryGetProperty(choice.Member, out var value))
            {
                continue; // left out: the strict reading
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (text == choice.Yes || text == choice.No)
            {
                profile = choice.Set(profile, text == choice.Yes);
            }
            else
            {
                problems.Add($"$.openPoints.{choice.Member}: must be \"{choice.No}\" or \"{choice.Yes}\"");
            }
        }

        if (points.TryGetProperty("maxDepth", out var depth))
        {
            if (depth.ValueKind == JsonValueKind.Number && depth.TryGetInt32(out var levels))
            {
                profile = profile with { MaxDepth = levels };
            }
            else
            {
                problems.Add("$.openPoints.maxDepth: must be a whole number");
            }
        }

        return profile;
    }
}
