namespace Harness.Fakes.Store;

/// <summary>What an accepted alarm did to the store (DECISIONS row 15).</summary>
internal enum StoreOutcome
{
    /// <summary>A new active alarm.</summary>
    Raised,

    /// <summary>A repeat of an active alarm's id: its stored copy was replaced.</summary>
    Updated,

    /// <summary><c>ok</c> for an active alarm: it is no longer active.</summary>
    Cleared,

    /// <summary><c>ok</c> for an alarm that was not active.</summary>
    OrphanRecovery,
}
