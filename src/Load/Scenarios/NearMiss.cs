namespace Harness.Load.Scenarios;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
internal static class NearMiss
{
    /// <summary>The closest candidate within a small edit distance (case-insensitive), or null.</summary>
    internal static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(1, Math.Min(3, written.Length / 3));
        foreach (var candidate in candidates)
        {
            var distance = Distance(written.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"did you mean 'x'?" or null.</summary>
    internal static string? Hint(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } match ? $"did you mean '{match}'?" : null;

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions ("duartion").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
