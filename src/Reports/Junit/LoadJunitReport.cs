using System.Globalization;
using System.Text;
using System.Xml;
using Harness.Contract;
using Harness.Reports.Baselines;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Junit;

/// <summary>
/// <c>junit.xml</c> of a load run in the common JUnit shape (testsuites/testsuite/testcase with
/// failure and skipped) that Jenkins, GitLab and Azure DevOps read: one testcase per threshold, one
/// per compared baseline metric with a limit, one per run-level problem.
/// </summary>
internal static class LoadJunitReport
{
    public const string FileName = "junit.xml";

    public static string Render(GateReport gate)
    {
        var run = gate.Run.Load!;
        var cases = new List<(string Class, string Name, string? Failure, string? Skipped)>();
        foreach (var o in gate.Conditions)
        {
            cases.Add(("load.thresholds", o.Condition.Text.Trim(),
                o.Verdict == ConditionVerdict.Fail ? $"measured {o.Observed}{(o.Note is null ? "" : $" ({o.Note})")}" : null,
                o.Verdict == ConditionVerdict.NotApplicable ? o.Note ?? "not applicable" : null));
        }

        foreach (var r in gate.Regressions.Where(r => r.Verdict != RegressionVerdict.Info))
        {
            cases.Add(("load.baseline", $"{r.Metric} within {r.Limit}",
                r.Verdict == RegressionVerdict.Fail ? $"baseline {r.Baseline}, run {r.Run}, delta {r.Delta} (limit {r.Limit})" : null, null));
        }

        foreach (var problem in gate.Problems)
        {
            cases.Add(("load.run", problem, problem, null));
        }

        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            var seconds = run.Measured.Seconds.ToString("0.###", CultureInfo.InvariantCulture);
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", XmlReportText.Clean($"harness load {run.Name}"));
            Counts(xml, cases, seconds);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", XmlReportText.Clean($"load.{run.Name}"));
            Counts(xml, cases, seconds);
            xml.WriteAttributeString("timestamp", XmlReportText.Clean(run.StartedText[..19]));
            foreach (var (cls, name, failure, skipped) in cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", XmlReportText.Clean(cls));
                xml.WriteAttributeString("name", XmlReportText.Clean(name));
                xml.WriteAttributeString("time", "0");
                if (failure is not null)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", XmlReportText.Clean(failure));
                    xml.WriteAttributeString("type", "threshold");
                    xml.WriteString(XmlReportText.Clean($"{name}: {failure}"));
                    xml.WriteEndElement();
                }
                else if (skipped is not null)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", XmlReportText.Clean(skipped));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Counts(XmlWriter xml, List<(string, string, string? Failure, string? Skipped)> cases, string seconds)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Failure is not null).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", cases.Count(c => c.Skipped is not null).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", seconds);
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
