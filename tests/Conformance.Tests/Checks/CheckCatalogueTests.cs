using Harness.Conformance.Checks;
using Harness.Contract.Fields;
using Harness.Generators.Broken;
using Harness.Generators.Valid;

namespace Harness.Conformance.Tests.Checks;

public sealed class CheckCatalogueTests
{
    private static readonly IReadOnlyList<ConformanceCheck> All = CheckCatalogue.Build(tokenConfigured: true);

    [Fact]
    public void Build_EveryCatalogueCase_BecomesACheckUnderItsOwnId()
    {
        var ids = All.Select(c => c.Id).ToHashSet();

        Assert.All(BrokenCatalogue.All, c => Assert.Contains(c.Id, ids));
        Assert.All(ValidCatalogue.All, c => Assert.Contains(c.Id, ids));
        Assert.Equal(All.Count, ids.Count);
    }

    [Fact]
    public void Build_EveryFieldOfTheTable_HasChecks()
    {
        var fields = All.Select(c => c.Field).ToHashSet();

        Assert.All(AlarmFields.All, f => Assert.Contains(f.Name, fields));
    }

    [Fact]
    public void Build_EveryRefusedKeyVariant_IsCheckedWithABrokenBodyToo()
    {
        var refused = Enum.GetValues<KeyVariant>().Where(KeyVariants.IsRefused).ToArray();
        var authBeforeBody = All.Where(c => c.Rule == "auth-before-body" && c.Steps[0].Token == TokenMode.Configured).ToArray();

        Assert.Equal(refused.Order(), authBeforeBody.Select(c => c.Steps[0].Key).Order());
        Assert.All(authBeforeBody, c => Assert.Equal(401, c.Strict.Status));
        Assert.All(authBeforeBody, c => Assert.Equal(401, c.Lenient.Status));
    }

    [Fact]
    public void Build_Checks_CarryTitleRuleAndSpecRow()
    {
        Assert.All(All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Id));
        Assert.All(All, c => Assert.False(string.IsNullOrWhiteSpace(c.Rule), c.Id));
        Assert.All(All, c => Assert.False(string.IsNullOrWhiteSpace(c.SpecRow), c.Id));
        Assert.All(All, c => Assert.NotEmpty(c.Steps));
    }

    [Fact]
    public void Build_WithoutToken_HasNoTokenChecks() =>
        Assert.DoesNotContain(CheckCatalogue.Build(tokenConfigured: false), c => c.Id.StartsWith("token.", StringComparison.Ordinal));

    [Theory]
    [InlineData("alarmName.*", "alarmName.too-long.ascii", true)]
    [InlineData("alarmName.*", "boundary.alarmName.1.ascii", false)]
    [InlineData("*alarmName*", "boundary.alarmName.1.ascii", true)]
    [InlineData("key.?mpty", "key.empty", true)]
    [InlineData(" ALARMNAME.* ", "alarmName.too-long.ascii", true)]
    public void GlobFilter_Only_MatchesWholeIds(string glob, string id, bool selected) =>
        Assert.Equal(selected, new GlobFilter([glob], []).Selects(id));

    [Fact]
    public void GlobFilter_Skip_WinsOverOnly() =>
        Assert.False(new GlobFilter(["key.*"], ["key.unknown*"]).Selects("key.unknown.malformed-body"));
}
