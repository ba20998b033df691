using System.IO.Enumeration;

namespace Harness.Contract.Text;

/// <summary>
/// Globs over check ids (<c>--only</c>, <c>--skip</c>, <c>checks.GLOB == pass</c>, a defect's
/// checks): <c>*</c> any run of characters, <c>?</c> one character, the whole id.
/// </summary>
public static class IdGlob
{
    public static bool Matches(string glob, string id, bool ignoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(id);
        // FileSystemName never matches an empty name (no file has one); an empty id matches stars only.
        return id.Length == 0 ? glob.All(c => c == '*') : FileSystemName.MatchesSimpleExpression(glob, id, ignoreCase);
    }
}
