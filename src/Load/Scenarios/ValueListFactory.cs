namespace Harness.Load.Scenarios;

/// <summary>Lets collection expressions build a <see cref="ValueList{T}"/>: <c>Phases = [warmUp, steady]</c>.</summary>
internal static class ValueListFactory
{
    /// <summary>Copies <paramref name="items"/> into a new list.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}
