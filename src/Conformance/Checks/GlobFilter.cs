using System.Text.RegularExpressions;

namespace Harness.Conformance.Checks;

/// <summary>Selects check ids by <c>--only</c> and <c>--skip</c> globs (<c>*</c> any run, <c>?</c> one character).</summary>
internal sealed class GlobFilter
{
    private readonly Regex[] _only;
    private readonly Regex[] _skip;

    public GlobFilter(IEnumerable<string> only, IEnumerable<string> skip)
    {
        _only = only.Select(ToRegex).ToArray();
        _skip = skip.Select(ToRegex).ToArray();
    }

    public bool Selects(string id) =>
        (_only.Length == 0 || _only.Any(r => r.IsMatch(id))) && !_skip.Any(r => r.IsMatch(id));

    private static Regex ToRegex(string glob)
    {
        var pattern = "^" + Regex.Escape(glob.Trim()).Replace("\\*", ".*", StringComparison.Ordinal)
            .Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
