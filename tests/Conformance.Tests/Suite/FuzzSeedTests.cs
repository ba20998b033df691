using Harness.Conformance.Fuzz;

namespace Harness.Conformance.Tests.Suite;

/// <summary>A fuzz seed names the same cases in every process, so a failure can be replayed with --seed.</summary>
public sealed class FuzzSeedTests
{
    [Fact]
    public void Generate_SeedOne_GivesThePinnedCasesInEveryProcess()
    {
        // Pinned: with a per-process hash as the case seed these changed on every run.
        var fuzzer = new Fuzzer(null!, seed: 1);
        var described = Enumerable.Range(1, 5).Select(i => string.Join("; ", fuzzer.Generate(i).Mutations.Select(m => m.Description)));

        var actual = string.Join(" | ", described);
        Assert.True(actual == Pinned, actual);
    }

    private const string Pinned =
        "alarmStatus = \" ok \"; body truncated; resourceId = 254 UTF-16 units of CJK | alarmId = 1 UTF-16 units of spaces; a 0xFF byte inside a string; alarmName = [] | alarmDesc = 255 UTF-16 units of emoji; an unknown field fuzz197; additional = null | an unknown field fuzz972; trailing characters after the object; a 0xFF byte inside a string | alarmLevel = 0 UTF-16 units of CJK";
}
