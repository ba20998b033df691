using HdrHistogram;

namespace Harness.Embedded;

/// <summary>One read of a receiver's <c>/_fake/stats</c>: its accepted count and (when it has one) its handling-time histogram.</summary>
internal sealed record FakeStatsReading(long Accepted, HistogramBase? HandlingTime);
