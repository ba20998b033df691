using System.Globalization;
using System.Text;
using System.Xml;

namespace Harness.Runs;

/// <summary>
/// The one <c>junit.xml</c> writer, for load and conformance runs alike, in the common JUnit shape
/// (testsuites/testsuite/testcase with failure, error and skipped) that Jenkins, GitLab and Azure
/// DevOps read. Every name and text may come from a target or a run folder from elsewhere, so each
/// is made XML-safe (<see cref="XmlReportText"/>).
/// </summary>
public static class JunitWriter
{
    public const string FileName = "junit.xml";

    public static string Write(string name, double seconds, IReadOnlyList<JunitSuite> suites)
    {
        ArgumentNullException.ThrowIfNull(suites);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(name));
            Counts(xml, [.. suites.SelectMany(s => s.Cases)], seconds);
            foreach (var suite in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(suite.Name));
                Counts(xml, suite.Cases, suite.Seconds);
                xml.WriteAttributeString("timestamp", Clean(suite.StartedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
                foreach (var testCase in suite.Cases)
                {
                    Case(xml, testCase);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Case(XmlWriter xml, JunitCase testCase)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(testCase.ClassName));
        xml.WriteAttributeString("name", Clean(testCase.Name));
        xml.WriteAttributeString("time", Seconds(testCase.Seconds));
        if (testCase.Properties.Count > 0)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in testCase.Properties)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", Clean(name));
                xml.WriteAttributeString("value", Clean(value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (testCase.Skipped is { } skipped)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", Clean(skipped));
            xml.WriteEndElement();
        }
        else if (testCase.Problem is { } problem)
        {
            xml.WriteStartElement(problem.IsError ? "error" : "failure");
            xml.WriteAttributeString("message", Clean(problem.Message));
            xml.WriteAttributeString("type", Clean(problem.Type));
            xml.WriteString(Clean(problem.Text));
            xml.WriteEndElement();
        }
        else if (testCase.SystemOut is { } output)
        {
            xml.WriteElementString("system-out", Clean(output));
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, IReadOnlyList<JunitCase> cases, double seconds)
    {
        xml.WriteAttributeString("tests", Count(cases.Count));
        xml.WriteAttributeString("failures", Count(cases.Count(c => c.Skipped is null && c.Problem is { IsError: false })));
        xml.WriteAttributeString("errors", Count(cases.Count(c => c.Skipped is null && c.Problem is { IsError: true })));
        xml.WriteAttributeString("skipped", Count(cases.Count(c => c.Skipped is not null)));
        xml.WriteAttributeString("time", Seconds(seconds));
    }

    private static string Clean(string text) => XmlReportText.Clean(text);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
