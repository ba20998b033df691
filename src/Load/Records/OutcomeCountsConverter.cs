using System.Text.Json.Serialization;
using System.Text.Json;
using Harness.Contract.Text;
using Harness.Load.Measurement;

namespace Harness.Load.Records;

/// <summary>Counts per outcome kind, keyed by the kind's camelCase name; names this harness does not know are skipped.</summary>
internal sealed class OutcomeCountsConverter : JsonConverter<IReadOnlyDictionary<OutcomeKind, long>>
{
    public override IReadOnlyDictionary<OutcomeKind, long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var counts = new Dictionary<OutcomeKind, long>();
        foreach (var (name, n) in CountMap.Read(ref reader))
        {
            if (Enum.TryParse<OutcomeKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            {
                counts[kind] = n;
            }
        }

        return counts;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<OutcomeKind, long> value, JsonSerializerOptions options) =>
        CountMap.Write(writer, value.Select(p => (CamelEnumConverter<OutcomeKind>.Name(p.Key), p.Value)));
}
