using Harness.Contract.Text;

namespace Harness.Conformance.Checks;

/// <summary>Selects check ids by <c>--only</c> and <c>--skip</c> globs (<c>*</c> any run, <c>?</c> one character), ignoring case.</summary>
internal sealed class GlobFilter(IEnumerable<string> only, IEnumerable<string> skip)
{
    private readonly string[] _only = only.Select(g => g.Trim()).ToArray();
    private readonly string[] _skip = skip.Select(g => g.Trim()).ToArray();

    public bool Selects(string id) =>
        (_only.Length == 0 || _only.Any(g => IdGlob.Matches(g, id))) && !_skip.Any(g => IdGlob.Matches(g, id));
}
