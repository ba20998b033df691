using Harness.Conformance.Running;
using Harness.Conformance.Checks;

namespace Harness.Conformance.Fuzz;

/// <summary>
/// Makes a failing fuzz case as small as it can while it still fails the same way: first drops
/// mutations one at a time, then drops fields the remaining mutations do not touch. Bounded in
/// requests, so a shared target is never hammered.
/// </summary>
internal sealed class Shrinker(CheckRunner runner)
{
    public const int MaxAttempts = 40;

    public async Task<FuzzCase> ShrinkAsync(FuzzCase failing, Verdict verdict, CancellationToken ct)
    {
        var best = failing;
        var attempts = 0;
        var improved = true;
        while (improved && attempts < MaxAttempts)
        {
            improved = false;
            foreach (var candidate in Candidates(best))
            {
                if (attempts++ >= MaxAttempts)
                {
                    break;
                }

                var attempt = await runner.AttemptAsync(candidate.ToCheck(), ct).ConfigureAwait(false);
                if (attempt.Judgement.Verdict == verdict)
                {
                    best = candidate;
                    improved = true;
                    break;
                }
            }
        }

        return best;
    }

    private static IEnumerable<FuzzCase> Candidates(FuzzCase current)
    {
        for (var i = 0; current.Mutations.Count > 1 && i < current.Mutations.Count; i++)
        {
            yield return current with { Mutations = current.Mutations.Where((_, j) => j != i).ToArray() };
        }

        var touched = current.Mutations.Select(m => m.Field).ToHashSet();
        foreach (var property in JsonBodies.Parse(current.BaseBody).Select(p => p.Key))
        {
            if (!touched.Contains(property) && !current.RemovedFields.Contains(property))
            {
                yield return current with { RemovedFields = [.. current.RemovedFields, property] };
            }
        }
    }
}
