using System.Text.Json.Serialization;

namespace Harness.Conformance.Checks;

/// <summary>The group a check is filed under: run.json's <c>group</c> and junit.xml's suite (<c>conformance.negative</c>).</summary>
[JsonConverter(typeof(Harness.Contract.Text.CamelEnumConverter<CheckGroup>))]
public enum CheckGroup
{
    /// <summary>Valid alarms and sequences the target must accept.</summary>
    Positive,

    /// <summary>Broken alarms the target must reject with a 400.</summary>
    Negative,

    /// <summary>Integration key and token checks (401).</summary>
    Key,

    /// <summary>The route itself: methods, paths beside it.</summary>
    Route,

    /// <summary>Transport-level probes: content type, body framing.</summary>
    Probe,

    /// <summary>Seeded random mutations of valid alarms.</summary>
    Fuzz,
}
