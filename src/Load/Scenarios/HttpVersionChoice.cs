using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>HTTP version the transport speaks. JSON: <c>"1.1"</c> or <c>"2"</c>.</summary>
public enum HttpVersionChoice
{
    /// <summary>HTTP/1.1 keep-alive over a fixed set of connections (the lean hot path).</summary>
    [JsonStringEnumMemberName("1.1")]
    Http11,

    /// <summary>HTTP/2 (multiplexed streams over the connections), via HttpClient.</summary>
    [JsonStringEnumMemberName("2")]
    Http2,
}
