using System.Runtime.CompilerServices;
using Harness.Contract.Fields;
using Harness.Contract.Text;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>The defect catalogue as data: complete, ordered, with ids and check sets that can be matched.</summary>
public sealed class MisbehavingCatalogueTests
{
    [Fact]
    public void All_EveryDefect_HasOneEntryInEnumOrder()
    {
        var defects = Enum.GetValues<Defect>();

        Assert.Equal(defects, Defects.All.Select(d => d.Defect));
        Assert.All(Defects.All, d => Assert.Same(d, Defects.For(d.Defect)));
    }

    [Fact]
    public void All_Entries_HaveDistinctKebabIdsAndNonEmptyCheckSets()
    {
        Assert.Equal(Defects.All.Count, Defects.All.Select(d => d.Id).Distinct().Count());
        Assert.All(Defects.All, d =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Id);
            Assert.NotEmpty(d.MustFail);
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
        });
    }

    [Fact]
    public void All_FieldSets_ExpandToEachFieldOfTheTable()
    {
        var requiredTexts = AlarmFields.All.Where(f => f.Required && f.Kind == JsonKind.String).Select(f => $"{f.Name}.empty");
        var enums = AlarmFields.All.Where(f => f.IsEnum).Select(f => $"{f.Name}.near-miss.*");

        Assert.Equal(requiredTexts, Defects.For(Defect.AcceptsEmptyRequiredStrings).MustFail);
        Assert.Equal(enums, Defects.For(Defect.AcceptsNearMissEnums).MustFail);
        Assert.All(Defects.All.SelectMany(d => d.MustFail), glob => Assert.DoesNotContain('{', glob));
    }

    [Theory]
    [InlineData("alarmName.too-long.*", "alarmName.too-long.multibyte", true)]
    [InlineData("alarmName.too-long.*", "alarmName.too-long", false)]
    [InlineData("*.enum.*-case.*", "alarmLevel.enum.lower-case.Critical", true)]
    [InlineData("time.numeric-string*", "time.numeric-string.zero", true)]
    [InlineData("time.numeric-string*", "time.string", false)]
    [InlineData("key.?nknown", "key.unknown", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    public void CheckGlob_Matches_StarsAndQuestionMarks(string glob, string id, bool expected) =>
        Assert.Equal(expected, IdGlob.Matches(glob, id, ignoreCase: false));

    [Fact]
    public void MustFailCheck_StatusFilter_OnlyChecksExpectingThoseStatuses()
    {
        var info = Defects.For(Defect.WrongBadRequestCode);

        Assert.True(info.MustFailCheck("alarmId.missing", 400));
        Assert.False(info.MustFailCheck("spec-example", 200));
    }

    [Fact]
    public void Docs_MisbehavingTargets_ListEveryDefectId()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "misbehaving-targets.md"));

        Assert.All(Defects.All, d => Assert.Contains($"| `{d.Id}` |", docs, StringComparison.Ordinal));
    }

    // The source file's own path, so the test finds the docs wherever the build output goes.
    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
