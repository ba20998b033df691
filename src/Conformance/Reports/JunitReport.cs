using System.Globalization;
using System.Text;
using System.Xml;

namespace Harness.Conformance.Reports;

/// <summary>
/// <c>junit.xml</c>: one testsuite per group, one testcase per check named by its stable id,
/// failures carrying expected vs actual and the curl line, skipped checks recorded as skipped.
/// </summary>
internal static class JunitReport
{
    // Check ids, groups and reasons may come from a target or a replayed run folder (XmlReportText).
    private static string Clean(string text) => Harness.Contract.XmlReportText.Clean(text);

    public const string FileName = "junit.xml";

    public static string Render(ConformanceRun run)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"harness conformance (profile {run.Profile?.Name ?? "none: contract only"})");
            Counts(xml, run.Checks, run.Duration.TotalSeconds);
            foreach (var group in run.Records.GroupBy(r => r.Check.Group))
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean($"conformance.{group.Key}"));
                Counts(xml, group.Select(r => r.Result).ToArray(), group.Sum(r => r.Result.ElapsedMs) / 1000);
                xml.WriteAttributeString("timestamp", run.StartedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
                foreach (var record in group)
                {
                    WriteCase(xml, run, record.Check.Group, record.Result);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Counts(XmlWriter xml, IReadOnlyCollection<CheckResult> checks, double seconds)
    {
        xml.WriteAttributeString("tests", Invariant(checks.Count));
        xml.WriteAttributeString("failures", Invariant(checks.Count(c => !c.Passed && c.Verdict != Verdict.TargetError)));
        xml.WriteAttributeString("errors", Invariant(checks.Count(c => c.Verdict == Verdict.TargetError)));
        xml.WriteAttributeString("skipped", Invariant(checks.Count(c => c.Verdict == Verdict.Skipped)));
        xml.WriteAttributeString("time", seconds.ToString("0.###", CultureInfo.InvariantCulture));
    }

    private static void WriteCase(XmlWriter xml, ConformanceRun run, string group, CheckResult check)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean($"conformance.{group}"));
        xml.WriteAttributeString("name", Clean(check.Id));
        xml.WriteAttributeString("time", (check.ElapsedMs / 1000).ToString("0.###", CultureInfo.InvariantCulture));
        // CI tools that read properties can keep contract violations and profile deviations apart.
        xml.WriteStartElement("properties");
        Property(xml, "basis", RunDocument.Kebab(check.Basis));
        Property(xml, "standing", RunDocument.Kebab(check.Standing));
        Property(xml, "contract", RunDocument.ContractLink(check.Anchor));
        if (check.Matches.Length > 0)
        {
            Property(xml, "matches", check.Matches);
        }

        xml.WriteEndElement();
        if (check.Verdict == Verdict.Skipped)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", Clean(check.Reason));
            xml.WriteEndElement();
        }
        else if (!check.Passed)
        {
            xml.WriteStartElement(check.Verdict == Verdict.TargetError ? "error" : "failure");
            xml.WriteAttributeString("type", check.Verdict.ToString());
            xml.WriteAttributeString("message", Clean(run.Redact($"{check.Verdict}: {check.Reason}")));
            xml.WriteString(Clean(run.Redact(
                $"{check.Title}\nrule: {check.Rule} ({check.SpecRow})\nexpected: {check.Expected}\nactual:   {check.Actual}\n\n{check.RedactedCurl}\n")));
            xml.WriteEndElement();
        }
        else if (check.Standing is Standing.Deviation or Standing.Finding)
        {
            // Reported, not failed (no profile given, or a point nothing pins).
            xml.WriteElementString("system-out", Clean(run.Redact($"{check.Reason}\nactual: {check.Actual}")));
        }

        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
