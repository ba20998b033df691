using System.Text.Json.Nodes;

namespace Harness.Cli.Tests.Hostile;

/// <summary>Ways to spoil a run.json: hand-picked attacks from issue 15, then seeded random replacements of any value.</summary>
internal static class RunFolderMutations
{
    /// <summary>
    /// A name per attack; which kinds of run it spoils for the gate (l: load, c: conformance; "r": a
    /// conformance replay must refuse it); and what it does to the parsed run.json (null: the file's
    /// bytes are replaced by <c>Raw</c>).
    /// </summary>
    public static readonly (string Name, string Spoils, Action<JsonNode>? Change, string? Raw)[] Crafted =
    [
        ("truncated", "lcr", null, "{\"kind\":\"load\",\"measured\":{\"sent\":"),
        ("array", "lcr", null, "[]"),
        ("empty-object", "lcr", null, "{}"),
        ("too-deep", "lcr", null, new string('[', 10_000)),
        ("kind-path", "lc", r => r["kind"] = "../../etc", null),
        ("schema-future", "lcr", r => r["schemaVersion"] = 99, null),
        ("schema-negative", "lcr", r => r["schemaVersion"] = -1, null),
        ("sent-negative", "l", r => Measured(r)?.Set("sent", -5), null),
        ("completed-1e30", "l", r => Measured(r)?.Set("completed", JsonNode.Parse("1e30")), null),
        ("accounting-claimed", "l", r => { Measured(r)?.Set("sent", 999_999); Measured(r)?.Set("accountingHolds", true); }, null),
        ("hdr-garbage", "l", r => Measured(r)?["latency"]?["responseTime"]?.Set("hdr", "!!!not base64!!!"), null),
        ("hdr-huge", "", r => Measured(r)?["latency"]?["responseTime"]?.Set("hdr", Convert.ToBase64String(new byte[64]) ), null),
        ("phases-string", "l", r => r["phases"] = "x", null),
        ("name-traversal", "", r => r["name"] = "../../../../escape-name", null),
        ("name-escapes", "", r => r["name"] = "\u001b]0;pwned\u0007\u001b[2J", null),
        ("threshold-escapes", "l", r => r["thresholds"] = new JsonArray("\u001b[2Jp99 < 1s", "p99 <"), null),
        ("checks-number", "cr", r => r["checks"] = 5, null),
        ("check-id-escapes", "", r => First(r, "checks")?.Set("id", "\u001b]8;;http://evil\u0007x"), null),
        ("check-id-traversal", "r", r => { foreach (var c in (r["checks"] as JsonArray) ?? []) { c?.Set("id", "../../../escape-id"); } }, null),
        ("body-file-absolute", "r", r => FirstStep(r)?.Set("bodyFile", "/etc/passwd"), null),
        ("body-file-traversal", "r", r => FirstStep(r)?.Set("bodyFile", "bodies/../../../escape-body"), null),
        ("step-path-elsewhere", "r", r => FirstStep(r)?.Set("path", "//evil.example/x"), null),
        ("step-header", "r", r => FirstStep(r)?.Set("headers", new JsonArray(new JsonObject { ["key"] = "Host", ["value"] = "evil.example" })), null),
        ("target-elsewhere", "", r => r["settings"]?.Set("target", "http://192.0.2.1:9/"), null),
        ("summary-missing", "c", r => r.AsObject().Remove("summary"), null),
        ("check-group-unknown", "cr", r => First(r, "checks")?.Set("group", "\u001b[2Jmystery"), null),
        ("check-group-number", "cr", r => First(r, "checks")?.Set("group", 3), null),
        ("check-verdict-unknown", "cr", r => First(r, "checks")?.Set("verdict", "Bogus"), null),
        ("check-verdict-number", "cr", r => First(r, "checks")?.Set("verdict", 0), null),
    ];

    private static readonly JsonNode?[] Replacements =
    [
        null, -1, 0, JsonNode.Parse("1e308"), JsonNode.Parse("-1e308"), "", "\u001b[2J\u0000", "../../escape-random",
        new JsonObject(), new JsonArray(), true, long.MaxValue, "NaN", JsonNode.Parse("1.5"),
    ];

    /// <summary>Replaces <paramref name="count"/> randomly chosen values (seeded) anywhere in the document.</summary>
    public static void Random(JsonNode root, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var all = Walk(root).Where(n => n.Parent is not null).ToArray();
            if (all.Length == 0)
            {
                return;
            }

            var target = all[random.Next(all.Length)];
            var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
            switch (target.Parent)
            {
                case JsonObject o:
                    o[target.GetPropertyName()] = replacement;
                    break;
                case JsonArray a:
                    a[target.GetElementIndex()] = replacement;
                    break;
            }
        }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToArray())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

    private static JsonNode? Measured(JsonNode r) => r["measured"];

    private static JsonNode? First(JsonNode r, string array) => r[array] is JsonArray { Count: > 0 } a ? a[0] : null;

    private static JsonNode? FirstStep(JsonNode r) => First(r, "checks")?["steps"] is JsonArray { Count: > 0 } steps ? steps[0] : null;

    private static void Set(this JsonNode node, string name, JsonNode? value) => node[name] = value;
}
