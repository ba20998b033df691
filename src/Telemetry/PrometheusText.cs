using System.Globalization;
using System.Text;

namespace Harness.Telemetry;

/// <summary>
/// Writes the Prometheus text exposition format (version 0.0.4): a HELP and TYPE line per family,
/// then its samples with escaped label values. Names are ours and fixed; label values may come
/// from elsewhere (phase names, reasons) and are escaped.
/// </summary>
public sealed class PrometheusText
{
    /// <summary>The Content-Type of a scrape answer.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new(4096);
    private readonly IReadOnlyList<KeyValuePair<string, string>> _common;

    /// <param name="commonLabels">Labels put on every sample (run id, shard).</param>
    public PrometheusText(IReadOnlyList<KeyValuePair<string, string>>? commonLabels = null) => _common = commonLabels ?? [];

    public void Family(string name, string type, string help) =>
        _text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    public void Sample(string name, double value, params ReadOnlySpan<KeyValuePair<string, string>> labels)
    {
        _text.Append(name);
        var first = true;
        foreach (var label in _common)
        {
            AppendLabel(label, ref first);
        }

        foreach (var label in labels)
        {
            AppendLabel(label, ref first);
        }

        if (!first)
        {
            _text.Append('}');
        }

        _text.Append(' ').Append(Number(value)).Append('\n');
    }

    /// <summary>A histogram family's samples (the family line is the caller's): buckets, sum (seconds), count.</summary>
    public void Histogram(string name, BucketCounts counts, params ReadOnlySpan<KeyValuePair<string, string>> labels)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var cumulative = counts.Cumulative();
        var withLe = new KeyValuePair<string, string>[labels.Length + 1];
        labels.CopyTo(withLe);
        for (var i = 0; i < cumulative.Length; i++)
        {
            withLe[^1] = KeyValuePair.Create("le", counts.Buckets.Labels[i]);
            Sample(name + "_bucket", cumulative[i], withLe);
        }

        Sample(name + "_sum", counts.SumMicroseconds / 1_000_000.0, labels);
        Sample(name + "_count", counts.Count, labels);
    }

    public override string ToString() => _text.ToString();

    private void AppendLabel(KeyValuePair<string, string> label, ref bool first)
    {
        _text.Append(first ? '{' : ',').Append(label.Key).Append("=\"");
        foreach (var c in label.Value)
        {
            _ = c switch
            {
                '\\' => _text.Append("\\\\"),
                '"' => _text.Append("\\\""),
                '\n' => _text.Append("\\n"),
                _ when char.IsControl(c) => _text,
                _ => _text.Append(c),
            };
        }

        _text.Append('"');
        first = false;
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
