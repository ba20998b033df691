using System.Runtime.CompilerServices;
using Harness.Conformance.Checks;
using Harness.Contract;

namespace Harness.Conformance.Tests.Checks;

/// <summary>Every check's basis and its link into docs/contract.md, the only page users see.</summary>
public sealed class BasisRulesTests
{
    private static readonly IReadOnlyList<ConformanceCheck> All = CheckCatalogue.Build(tokenConfigured: true);

    [Fact]
    public void Build_EveryCheck_LinksToAnAnchorOfTheContractPage()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "contract.md"));

        Assert.All(All, c => Assert.Contains($"id=\"{c.Anchor}\"", page, StringComparison.Ordinal));
        Assert.All(All, c => Assert.DoesNotContain("DECISIONS", c.SpecRow, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("alarmName.too-long.ascii", CheckBasis.Contract, "row-4")]
    [InlineData("key.unknown.malformed-body", CheckBasis.Contract, "row-1")]
    [InlineData("alarmLevel.near-miss.warning", CheckBasis.Contract, "row-7")]
    [InlineData("alarmLevel.near-miss.critical", CheckBasis.OpenPoint, "row-7")]
    [InlineData("time.numeric-string", CheckBasis.OpenPoint, "row-3")]
    [InlineData("alarmName.wrong-type.number", CheckBasis.OpenPoint, "row-8")]
    [InlineData("alarmName.wrong-type.object", CheckBasis.Contract, "field-table")]
    [InlineData("content-type.text-plain", CheckBasis.OpenPoint, "row-9")]
    [InlineData("content-type.charset.latin1", CheckBasis.NotPinned, "row-9")]
    [InlineData("additional.nesting.too-deep", CheckBasis.OpenPoint, "row-9")]
    [InlineData("additional.nesting.at-limit", CheckBasis.OpenPoint, "row-9")]
    [InlineData("boundary.additional.depth-limit", CheckBasis.OpenPoint, "row-9")]
    [InlineData("body.malformed.comment", CheckBasis.Contract, "row-9")]
    [InlineData("body.size.over-limit", CheckBasis.OpenPoint, "row-10")]
    [InlineData("body.unknown-field.scalars", CheckBasis.OpenPoint, "row-11")]
    [InlineData("route.method.get", CheckBasis.OpenPoint, "row-16")]
    [InlineData("alarmName.whitespace", CheckBasis.OpenPoint, "row-17")]
    [InlineData("regionId.whitespace", CheckBasis.Contract, "field-table")]
    [InlineData("body.bom", CheckBasis.OpenPoint, "row-18")]
    [InlineData("several.every-field", CheckBasis.Contract, "row-12")]
    [InlineData("sequence.orphan-recovery", CheckBasis.Contract, "row-15")]
    public void Classify_Check_RestsOnTheRuleTheContractPageGivesIt(string id, CheckBasis basis, string anchor)
    {
        var check = Assert.Single(All, c => c.Id == id);

        Assert.Equal((basis, anchor), (check.Basis, check.Anchor));
    }

    [Fact]
    public void Classify_ChecksWhoseProfilesDisagree_AreNeverContractChecks()
    {
        Assert.All(All.Where(c => c.SeparatesProfiles), c => Assert.NotEqual(CheckBasis.Contract, c.Basis));
    }

    [Fact]
    public void ProfileExpectations_ProfileFileWithTheNamedRules_ExpectsWhatTheNamedProfileExpects()
    {
        var lenientFile = ReceiverProfile.Lenient with { Name = "staging" };
        var validator = new Harness.Contract.Validation.AlarmValidator(lenientFile);

        Assert.All(All.Where(ProfileExpectations.IsBodyCheck), c =>
        {
            var expected = ProfileExpectations.Worst(validator, c.Steps);
            Assert.Equal((c.Id, c.Lenient.Status), (c.Id, expected.Status));
        });
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
