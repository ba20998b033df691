using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Generators.Tests.Broken;

/// <summary>
/// The decisive check: for every case the body decides, the contract's validator gives exactly
/// the expected verdict under each profile. The catalogue is written from DECISIONS.md, the
/// validator separately, so a disagreement is a bug in one of them.
/// </summary>
public class CatalogueAgreesWithValidatorTests
{
    public static TheoryData<string, Profile> BodyDecidedCases()
    {
        var data = new TheoryData<string, Profile>();
        foreach (var item in BrokenCatalogue.All.Where(c => c.Request.Key == KeyVariant.Valid && c.Rule != CaseRules.Oversized))
        {
            data.Add(item.Id, Profile.Strict);
            data.Add(item.Id, Profile.Lenient);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BodyDecidedCases))]
    public void Validate_BodyDecidedCase_GivesExpectedVerdict(string id, Profile profile)
    {
        var item = BrokenCatalogue.Find(id)!;
        var expected = item.For(profile);

        var result = new AlarmValidator(profile).Validate(item.Request.Body, item.Request.ContentType);

        if (expected.IsAccepted)
        {
            Assert.True(result.IsValid, $"{id} under {profile}: expected 200, validator said: {result.ErrorMessage}");
            return;
        }

        Assert.Equal(400, expected.Status);
        Assert.Equal("COC.00000001", expected.ErrorCode);
        var actual = result.Problem != BodyProblem.None
            ? [Messages.For(result.Problem)]
            : result.Violations.Select(v => v.Message).ToHashSet();
        Assert.Equal(expected.MessageMustName.ToHashSet(), actual.ToHashSet());
    }

    [Fact]
    public void Validate_OversizedCases_AreValidAlarmsSoOnlyTheSizeDecides()
    {
        foreach (var item in BrokenCatalogue.Where(rule: CaseRules.Oversized))
        {
            Assert.True(new AlarmValidator(Profile.Strict).Validate(item.Request.Body, item.Request.ContentType).IsValid, item.Id);
        }
    }
}
