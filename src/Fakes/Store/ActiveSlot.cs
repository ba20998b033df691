namespace Harness.Fakes.Store;

/// <summary>
/// The store's entry for one active alarm: its latest <see cref="StoredAlarm"/>, swapped with one
/// compare-and-swap on update (no dictionary lock, no second lookup), and set to null once, by the
/// recovery that clears it, before the entry leaves the dictionary.
/// </summary>
internal sealed class ActiveSlot(StoredAlarm current)
{
    /// <summary>The alarm as last reported; null when cleared (the entry is on its way out).</summary>
    public StoredAlarm? Current = current;
}
