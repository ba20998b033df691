namespace Harness.Fakes.Store;

/// <summary>Alarm ids are scoped by the integration key that sent them, as each key is one monitoring source.</summary>
internal readonly record struct AlarmIdentity(int KeyIndex, string AlarmId);
