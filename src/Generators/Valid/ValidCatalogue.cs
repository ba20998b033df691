using Harness.Contract.Fields;
using Harness.Generators.Json;

namespace Harness.Generators.Valid;

/// <summary>
/// Named bodies the contract accepts under every profile: the spec example, the minimal and
/// maximal bodies, boundaries from the field table, and a few seeded realistic alarms.
/// </summary>
public static class ValidCatalogue
{
    /// <summary>The seed of the realistic samples in the catalogue.</summary>
    public const int SampleSeed = 20240228;

    /// <summary>How many realistic samples the catalogue holds.</summary>
    public const int SampleCount = 8;

    private static readonly Lazy<IReadOnlyList<ValidCase>> Cases = new(Build);

    /// <summary>Every valid case, in a fixed order. Ids are unique.</summary>
    public static IReadOnlyList<ValidCase> All => Cases.Value;

    /// <summary>The case with this id, or null.</summary>
    public static ValidCase? Find(string id) => All.FirstOrDefault(c => c.Id == id);

    private static IReadOnlyList<ValidCase> Build()
    {
        var cases = new List<ValidCase>
        {
            new("spec.example", "the spec's request example", SpecExample.Body.ToUtf8()),
            new("minimal", "only the required fields", SpecExample.Minimal.ToUtf8()),
            new("maximal", "every field, every string at its maximum length", Maximal().ToUtf8()),
            new("optional.null", "every optional field as JSON null", OptionalAs("null").ToUtf8()),
        };
        cases.AddRange(BoundaryCases.All());

        // Anchored at the spec example's time so the catalogue is the same on every run.
        var faker = new AlarmFaker(SampleSeed, SpecExample.Time);
        foreach (var alarm in faker.Take(SampleCount))
        {
            cases.Add(new($"faker.{SampleSeed}.{alarm.Index}", $"realistic alarm {alarm.Index} of seed {SampleSeed}", alarm.ToUtf8()));
        }

        return cases.AsReadOnly();
    }

    private static JsonBody Maximal()
    {
        var body = SpecExample.Body;
        foreach (var field in AlarmFields.All.Where(f => f.Kind == JsonKind.String && !f.IsEnum))
        {
            body = body.WithText(field.Name, TextShapes.Of(TextScript.Ascii, field.MaxLength)!);
        }

        return body;
    }

    private static JsonBody OptionalAs(string rawValue)
    {
        var body = SpecExample.Body;
        foreach (var field in AlarmFields.All.Where(f => !f.Required))
        {
            body = body.With(field.Name, rawValue);
        }

        return body;
    }
}
