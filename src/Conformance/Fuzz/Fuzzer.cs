using Harness.Conformance.Checks;
using Harness.Conformance.Running;
using Harness.Generators.Seeds;
using Harness.Generators.Valid;

namespace Harness.Conformance.Fuzz;

/// <summary>
/// <c>--fuzz N</c>: N seeded cases of one to three mutations of a valid catalogue body, judged by
/// the validator of the active profile; each failing case is shrunk before it is reported.
/// Case <c>fuzz.0007</c> is the same for a seed whatever N is.
/// </summary>
internal sealed class Fuzzer(CheckRunner runner, int seed)
{
    public async Task<CheckRecord[]> RunAsync(int count, GlobFilter filter, int concurrency, IProgress<CheckResult>? progress, CancellationToken ct)
    {
        var cases = Enumerable.Range(1, count).Select(Generate).ToArray();
        var records = new CheckRecord[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, token) =>
        {
            var check = cases[i].ToCheck();
            if (!filter.Selects(check.Id))
            {
                records[i] = SuiteRunner.Skipped(check, "left out by --only/--skip");
                return;
            }

            var result = await runner.RunAsync(check, token).ConfigureAwait(false);
            if (!result.Passed && result.Verdict is not (Verdict.Flaky or Verdict.TargetError))
            {
                var shrunk = await new Shrinker(runner).ShrinkAsync(cases[i], result.Verdict, token).ConfigureAwait(false);
                if (shrunk != cases[i])
                {
                    var original = check;
                    check = shrunk.ToCheck();
                    result = await runner.RunAsync(check, token).ConfigureAwait(false);
                    result = result with
                    {
                        Reason = $"{result.Reason} (shrunk from {original.Steps[0].Body.Length} bytes, "
                            + $"{cases[i].Mutations.Count} mutation(s): {original.Title})",
                    };
                }
            }

            records[i] = new CheckRecord(check, result);
            progress?.Report(result);
        }).ConfigureAwait(false);
        return records;
    }

    internal FuzzCase Generate(int index)
    {
        // One generator per case, so a case depends only on the seed and its index. (HashCode.Combine
        // was used here once: it is salted per process, so no two runs of a seed agreed.)
        var random = new Random(SeedMix.For(seed, index));
        var bases = ValidCatalogue.All.Where(c => c.Body.Length < 8 * 1024).ToArray();
        var baseBody = random.Next(2) == 0 ? CatalogueChecks.SpecExample() : bases[random.Next(bases.Length)].Body;
        var mutations = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Mutator.Draw(random)).ToArray();
        return new FuzzCase(index, baseBody, mutations, []);
    }
}
