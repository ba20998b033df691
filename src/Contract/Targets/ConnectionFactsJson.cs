using System.Text.Json.Serialization;

namespace Harness.Contract.Targets;

/// <summary>Serializes <see cref="ConnectionFacts"/> the same way in every run.json.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ConnectionFacts))]
public sealed partial class ConnectionFactsJson : JsonSerializerContext;
