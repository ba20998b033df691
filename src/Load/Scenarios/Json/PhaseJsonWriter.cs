using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>Writes one phase in the file format.</summary>
internal static class PhaseJsonWriter
{
    internal static void Write(Utf8JsonWriter writer, Phase phase)
    {
        writer.WriteStartObject();
        writer.WriteString("type", phase.Type);
        ScenarioWriter.WriteOptional(writer, "name", phase.Name);
        switch (phase)
        {
            case WarmUpPhase warmUp:
                Duration(writer, "duration", warmUp.Duration);
                if (warmUp.Rate is { } rate)
                {
                    writer.WriteNumber("rate", rate);
                    Arrival(writer, warmUp.Arrival);
                }
                if (warmUp.Users is { } users)
                {
                    writer.WriteNumber("users", users);
                }
                break;
            case ConstantRatePhase constant:
                writer.WriteNumber("rate", constant.Rate);
                Duration(writer, "duration", constant.Duration);
                Arrival(writer, constant.Arrival);
                break;
            case RampingRatePhase ramp:
                writer.WriteNumber("from", ramp.From);
                writer.WriteNumber("to", ramp.To);
                Duration(writer, "duration", ramp.Duration);
                Arrival(writer, ramp.Arrival);
                break;
            case SpikePhase spike:
                writer.WriteNumber("baseRate", spike.BaseRate);
                writer.WriteNumber("spikeRate", spike.SpikeRate);
                Duration(writer, "duration", spike.Duration);
                Duration(writer, "spikeAt", spike.SpikeAt);
                Duration(writer, "spikeDuration", spike.SpikeDuration);
                Duration(writer, "rampTime", spike.RampTime);
                Arrival(writer, spike.Arrival);
                break;
            case ConstantConcurrencyPhase constantUsers:
                writer.WriteNumber("users", constantUsers.Users);
                Duration(writer, "duration", constantUsers.Duration);
                break;
            case RampingConcurrencyPhase rampUsers:
                writer.WriteNumber("from", rampUsers.From);
                writer.WriteNumber("to", rampUsers.To);
                Duration(writer, "duration", rampUsers.Duration);
                break;
            case IterationsPhase iterations:
                writer.WriteNumber("count", iterations.Count);
                writer.WriteNumber("concurrency", iterations.Concurrency);
                if (iterations.MaxDuration is { } bound)
                {
                    Duration(writer, "maxDuration", bound);
                }
                break;
        }
        writer.WriteEndObject();
    }

    private static void Duration(Utf8JsonWriter writer, string name, TimeSpan value) =>
        writer.WriteString(name, DurationText.Format(value));

    private static void Arrival(Utf8JsonWriter writer, ArrivalProcess arrival) =>
        writer.WriteString("arrival", JsonSpellings.Write(JsonSpellings.Arrival, arrival));
}
