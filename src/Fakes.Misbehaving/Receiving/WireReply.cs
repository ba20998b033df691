namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>An answer as it goes on the wire.</summary>
internal sealed record WireReply(int Status, string? ContentType, byte[] Body, bool Delayed, string? Allow, string? Server = null);
