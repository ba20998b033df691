namespace Harness.Fakes;

/// <summary>One configured key's answers; the key itself is shown only as <c>abcd***</c>.</summary>
public sealed record FakeKeyStats(string Key, long Accepted, long Rejected);
