using System.Text;

namespace Harness.Generators.Json;

/// <summary>
/// A JSON object as an ordered list of members whose values are raw JSON text, so a case can
/// hold what a serializer never would: duplicate keys, exponent forms, numbers past Int64.
/// </summary>
internal sealed class JsonBody
{
    private readonly List<KeyValuePair<string, string>> _members;

    public JsonBody()
    {
        _members = [];
    }

    private JsonBody(List<KeyValuePair<string, string>> members)
    {
        _members = members;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Members => _members;

    /// <summary>A copy with the member set to a raw JSON value (replaced in place, or appended).</summary>
    public JsonBody With(string name, string rawValue)
    {
        var copy = Copy();
        var index = copy._members.FindIndex(m => m.Key == name);
        if (index < 0)
        {
            copy._members.Add(new(name, rawValue));
        }
        else
        {
            copy._members[index] = new(name, rawValue);
        }

        return copy;
    }

    /// <summary>A copy with the member set to a JSON string.</summary>
    public JsonBody WithText(string name, string text) => With(name, JsonText.Quote(text));

    /// <summary>A copy with one more member appended, even when the name is already there.</summary>
    public JsonBody Append(string name, string rawValue)
    {
        var copy = Copy();
        copy._members.Add(new(name, rawValue));
        return copy;
    }

    /// <summary>A copy without the member.</summary>
    public JsonBody Without(string name)
    {
        var copy = Copy();
        copy._members.RemoveAll(m => m.Key == name);
        return copy;
    }

    public string ToJson()
    {
        var builder = new StringBuilder(512);
        builder.Append('{');
        for (var i = 0; i < _members.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            JsonText.AppendQuoted(builder, _members[i].Key);
            builder.Append(':').Append(_members[i].Value);
        }

        return builder.Append('}').ToString();
    }

    public byte[] ToUtf8() => JsonText.Utf8(ToJson());

    private JsonBody Copy() => new([.. _members]);
}
