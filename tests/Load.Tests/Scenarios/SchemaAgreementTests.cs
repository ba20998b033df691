using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using Harness.Load.Phases;
using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Load.Tests.Scenarios;

/// <summary>
/// The schema is hand-written for editors (and checks every loaded file); these tests hold it to the
/// model by reflection so a property added to a record without its schema entry (or the reverse) fails the build.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly JsonObject Schema =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "scenario.schema.json")))!.AsObject();

    public static TheoryData<string, Type> Sections() => new()
    {
        { "#", typeof(Scenario) },
        { "target", typeof(ScenarioTarget) },
        { "payload", typeof(PayloadMix) },
        { "streams", typeof(StreamMix) },
        { "transport", typeof(TransportSettings) },
        { "threshold", typeof(Threshold) },
        { "phase-warmup", typeof(WarmUpPhase) },
        { "phase-constant-rate", typeof(ConstantRatePhase) },
        { "phase-ramping-rate", typeof(RampingRatePhase) },
        { "phase-spike", typeof(SpikePhase) },
        { "phase-constant-concurrency", typeof(ConstantConcurrencyPhase) },
        { "phase-ramping-concurrency", typeof(RampingConcurrencyPhase) },
        { "phase-iterations", typeof(IterationsPhase) },
    };

    // Independent of the loader's own reflection: public instance properties, camelCased, minus those always
    // ignored, plus the discriminator "type" of a phase.
    private static SortedSet<string> ModelNames(Type type) =>
        new(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always } && p.Name != "EqualityContract")
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Concat(type.IsSubclassOf(typeof(Phase)) ? ["type"] : []), StringComparer.Ordinal);

    private static JsonObject Definition(string section) =>
        section == "#" ? Schema : Schema["$defs"]![section]!.AsObject();

    private static SortedSet<string> SchemaNames(string section) =>
        new(Definition(section)["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "$schema"), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_SectionProperties_MatchTheModel(string section, Type type) =>
        Assert.Equal(ModelNames(type), SchemaNames(section));

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_EverySection_RefusesUnknownProperties(string section, Type type)
    {
        _ = type;
        Assert.False(Definition(section)["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Loader_AcceptsExactlyTheModelsProperties(string section, Type type)
    {
        _ = section;
        var bound = type == typeof(Threshold) ? typeof(ThresholdJsonConverter.ThresholdForm) : type;
        var names = ScenarioJson.Options.GetTypeInfo(bound).Properties.Where(p => p.Get is not null || p.Set is not null).Select(p => p.Name)
            .Concat(type.IsSubclassOf(typeof(Phase)) ? ["type"] : []);
        Assert.Equal(ModelNames(type), new SortedSet<string>(names, StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_PhaseTypes_AreTheLoadersPhaseTypes()
    {
        var listed = Schema["$defs"]!["phase"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(PhaseTypes.All, listed);
        foreach (var type in PhaseTypes.All)
        {
            Assert.Equal(type, Definition("phase-" + type)["properties"]!["type"]!["const"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_RequiredProperties_AreTheModelsRequiredMembers(string section, Type type)
    {
        var required = new SortedSet<string>(
            type.GetProperties().Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)), StringComparer.Ordinal);
        if (type.IsSubclassOf(typeof(Phase)))
        {
            required.Add("type");
        }
        if (type == typeof(Threshold))
        {
            required.Add("expression"); // set by its constructor
        }
        var listed = Definition(section)["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];
        Assert.Equal(required, new SortedSet<string>(listed, StringComparer.Ordinal));
    }
}
