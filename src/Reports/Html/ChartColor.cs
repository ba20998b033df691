namespace Harness.Reports.Html;

/// <summary>
/// The report's series colours. A closed set, so nothing but <see cref="SvgChart"/>'s own colour values
/// reaches the unescaped stroke and style attributes.
/// </summary>
internal enum ChartColor
{
    Blue,
    Orange,
    Green,
    Red,
    Grey,
}
