using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Harness.Load.Phases;
using Json.Schema;

namespace Harness.Load.Scenarios;

/// <summary>
/// The scenario file format: System.Text.Json binds the records (phases by their <c>type</c>, unknown
/// properties refused), and <c>scenarios/scenario.schema.json</c>, embedded, says what is structurally
/// wrong, every problem at once with its path.
/// </summary>
internal static class ScenarioJson
{
    /// <summary>Binding options: camelCase, durations as text, enums in the file's spelling, nothing unmapped.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The schema the loader checks files against (the same file editors use).</summary>
    internal static JsonSchema Schema { get; } = JsonSchema.FromText(SchemaText);

    /// <summary>The schema as a tree, to look up what a section allows (for hints and placeholders).</summary>
    internal static JsonObject SchemaTree { get; } = JsonNode.Parse(SchemaText)!.AsObject();

    internal static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    private static string SchemaText
    {
        get
        {
            using var stream = typeof(ScenarioJson).Assembly.GetManifestResourceStream("scenario.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            PropertyNameCaseInsensitive = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.Strict,
            AllowOutOfOrderMetadataProperties = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddRegisteredPhaseTypes } },
        };
        options.Converters.Add(new DurationJsonConverter());
        options.Converters.Add(new ThresholdJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    // Phase types declared outside this assembly (PhaseTypes.Register) join the attribute-declared ones.
    private static void AddRegisteredPhaseTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(Phase) || info.PolymorphismOptions is not { } polymorphism)
        {
            return;
        }

        foreach (var (type, name) in PhaseTypes.Known.Where(k => polymorphism.DerivedTypes.All(d => d.DerivedType != k.Type)))
        {
            polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
    }
}
