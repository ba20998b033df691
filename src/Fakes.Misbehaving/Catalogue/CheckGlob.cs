namespace Harness.Fakes.Misbehaving;

/// <summary>Matches check ids against globs: <c>*</c> is any run of characters, <c>?</c> one; case-sensitive.</summary>
public static class CheckGlob
{
    public static bool Matches(string glob, string checkId)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(checkId);
        int g = 0, c = 0, star = -1, resume = 0;
        while (c < checkId.Length)
        {
            if (g < glob.Length && (glob[g] == '?' || glob[g] == checkId[c]))
            {
                g++;
                c++;
            }
            else if (g < glob.Length && glob[g] == '*')
            {
                star = g++;
                resume = c;
            }
            else if (star >= 0)
            {
                g = star + 1;
                c = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (g < glob.Length && glob[g] == '*')
        {
            g++;
        }

        return g == glob.Length;
    }
}
