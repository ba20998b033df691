using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>The one serialization of a <see cref="LoadRunRecord"/>: run.json, camelCase, indented.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoadRunRecord))]
internal sealed partial class LoadRecordJson : JsonSerializerContext;
