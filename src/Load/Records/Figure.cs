using System.Globalization;

namespace Harness.Load.Records;

/// <summary>
/// A measured figure as every view writes it: invariant culture, at most three decimals (a microsecond
/// in milliseconds; more digits would only be noise), no trailing zeros.
/// </summary>
internal static class Figure
{
    public static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
