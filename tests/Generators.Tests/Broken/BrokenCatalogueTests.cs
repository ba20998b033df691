using System.Security.Cryptography;
using System.Text;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Generators.Broken;

namespace Harness.Generators.Tests.Broken;

public class BrokenCatalogueTests
{
    [Fact]
    public void All_Ids_AreUnique()
    {
        var ids = BrokenCatalogue.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    // SHA-256 over every case in order: id, title, field, rule, request and both expectations.
    private const string PinnedSha256 = "e6beb784b71455dd844f57e4528e125c3b078e5dd23c018634d8ebadda35a0a1";

    [Fact]
    public void All_Cases_GiveThePinnedContent()
    {
        // Pinned: a change here changes what conformance runs send and expect (ids, bodies, verdicts).
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var c in BrokenCatalogue.All)
        {
            var r = c.Request;
            sha.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', c.Id, c.Title, c.Field, c.Rule, r.ContentType, r.Key,
                string.Join(';', r.ExtraHeaders), Text(c.Strict), Text(c.Lenient))));
            sha.AppendData(r.Body);
        }

        var actual = Convert.ToHexStringLower(sha.GetHashAndReset());
        Assert.True(actual == PinnedSha256, $"The catalogue hashes to {actual}, not the pinned {PinnedSha256}.");

        static string Text(CaseExpectation e) => $"{e.Status} {e.ErrorCode} {string.Join('|', e.MessageMustName)}";
    }

    [Fact]
    public void All_TwoReads_GiveTheSameBytes()
    {
        var first = BrokenCatalogue.All;
        Assert.Same(first, BrokenCatalogue.All);
        Assert.All(first, c => Assert.NotNull(c.Request.Body));
    }

    [Fact]
    public void All_EveryFieldOfTheTable_HasItsPerFieldCases()
    {
        foreach (var field in AlarmFields.All)
        {
            var ids = BrokenCatalogue.Where(field: field.Name).Select(c => c.Id).ToHashSet();
            string[] expected = field.Kind switch
            {
                JsonKind.String => ["missing", "null", "empty", "whitespace", "too-long.ascii", "too-long.multibyte",
                    "too-long.emoji", "wrong-type.number", "wrong-type.bool", "wrong-type.object", "wrong-type.array"],
                JsonKind.Integer => ["missing", "null", "empty", "whitespace", "string", "numeric-string", "fraction",
                    "exponent", "zero", "negative", "overflow", "wrong-type.bool", "wrong-type.object", "wrong-type.array"],
                _ => ["missing", "null", "wrong-type.string", "wrong-type.array", "nesting.too-deep"],
            };
            foreach (var suffix in expected)
            {
                Assert.Contains($"{field.Name}.{suffix}", ids);
            }
        }
    }

    [Fact]
    public void All_EveryEnumField_HasCaseSpacesAndUnknownCases()
    {
        foreach (var field in AlarmFields.All.Where(f => f.IsEnum))
        {
            Assert.NotEmpty(BrokenCatalogue.Where(field: field.Name, rule: CaseRules.EnumCase));
            Assert.NotEmpty(BrokenCatalogue.Where(field: field.Name, rule: CaseRules.EnumSpaces));
            Assert.Single(BrokenCatalogue.Where(field: field.Name, rule: CaseRules.EnumUnknown));
        }
    }

    [Theory]
    [InlineData("body.malformed.missing-value")]
    [InlineData("body.truncated.half")]
    [InlineData("body.empty")]
    [InlineData("body.not-an-object.array")]
    [InlineData("body.not-an-object.null")]
    [InlineData("body.not-an-object.string")]
    [InlineData("body.bom")]
    [InlineData("body.invalid-utf8.byte-ff")]
    [InlineData("body.duplicate-key.last-valid")]
    [InlineData("body.unknown-field.scalars")]
    [InlineData("body.size.over-limit")]
    [InlineData("content-type.missing")]
    [InlineData("content-type.text-plain")]
    [InlineData("content-type.charset.lower-case")]
    [InlineData("several.spec-example")]
    [InlineData("key.missing")]
    [InlineData("key.empty")]
    [InlineData("key.unknown")]
    [InlineData("key.too-long")]
    [InlineData("key.percent-encoded")]
    [InlineData("key.wrong-case")]
    public void Find_CaseTheIssueNames_Exists(string id) => Assert.NotNull(BrokenCatalogue.Find(id));

    [Fact]
    public void Where_ByStatusUnderProfile_UsesThatProfilesExpectation()
    {
        var lenientOk = BrokenCatalogue.Where(rule: CaseRules.EnumCase, status: 200, profile: Profile.Lenient);
        var strictOk = BrokenCatalogue.Where(rule: CaseRules.EnumCase, status: 200, profile: Profile.Strict);

        Assert.NotEmpty(lenientOk);
        Assert.Empty(strictOk);
    }

    [Fact]
    public void SpecExample_TwoRequiredFieldsMissing_NamesBothAsTheSpecDoes()
    {
        var item = BrokenCatalogue.Find("several.spec-example")!;
        Assert.Equal(["alarmId must not be null", "alarmName must not be null"], item.Strict.MessageMustName.Order());
    }

    [Fact]
    public void SeveralEveryField_NamesOneViolationPerField()
    {
        var item = BrokenCatalogue.Find("several.every-field")!;
        Assert.Equal(AlarmFields.All.Count, item.Strict.MessageMustName.Count);
    }

    [Fact]
    public void OversizedCase_IsOneByteOverTheDefaultLimit_AndExpects413()
    {
        var item = BrokenCatalogue.Find("body.size.over-limit")!;
        Assert.Equal(ContractLimits.DefaultMaxBodyBytes + 1, item.Request.Body.Length);
        Assert.Equal(413, item.Strict.Status);
        Assert.Equal("APIGW.0201", item.Lenient.ErrorCode);
    }

    [Fact]
    public void KeyCases_RefusedKeys_Expect401UnderBothProfiles()
    {
        foreach (var item in BrokenCatalogue.Where(rule: CaseRules.Key).Where(c => KeyVariants.IsRefused(c.Request.Key)))
        {
            Assert.Equal(401, item.Strict.Status);
            Assert.Equal("common.01010001", item.Lenient.ErrorCode);
            Assert.Null(item.Field);
        }
    }

    [Fact]
    public void TooLongMultibyte_IsOverTheLimitInUnitsButNotInCodePoints()
    {
        var item = BrokenCatalogue.Find("alarmName.too-long.emoji")!;
        var text = System.Text.Json.JsonDocument.Parse(item.Request.Body).RootElement.GetProperty("alarmName").GetString()!;
        Assert.Equal(AlarmFields.MaxStringLength + 1, text.Length);
        Assert.True(text.EnumerateRunes().Count() <= AlarmFields.MaxStringLength);
    }

    [Fact]
    public void IsBodyLevel_ExcludesKeyAndSizeCases()
    {
        Assert.False(BrokenCatalogue.Find("key.unknown")!.IsBodyLevel);
        Assert.False(BrokenCatalogue.Find("body.size.over-limit")!.IsBodyLevel);
        Assert.True(BrokenCatalogue.Find("alarmId.null")!.IsBodyLevel);
    }
}
