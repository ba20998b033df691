namespace Harness.Reports;

/// <summary>Which views <c>harness report</c> (re)writes.</summary>
[Flags]
internal enum ReportFormats
{
    None = 0,
    Html = 1,
    Markdown = 2,
    Junit = 4,
    Json = 8,
    All = Html | Markdown | Junit | Json,
}
