using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Harness.Contract.Validation;

namespace Harness.Contract.Tests.Profiles;

public sealed class ProfileFileTests
{
    [Fact]
    public void ToUtf8_ThenParse_GivesTheSameProfile()
    {
        var profile = ReceiverProfile.Lenient with { Name = "staging", AcceptsBlankStrings = false, SkipsByteOrderMark = false, MaxDepth = 200 };

        var read = ProfileFile.Parse(ProfileFile.ToUtf8(profile, "https://staging/ at 2026-01-01"), "staging.json");

        Assert.Equal(profile, read);
    }

    [Fact]
    public void Read_LinkToDevZero_IsRefusedAtTheLimitNotReadUntilMemoryRunsOut()
    {
        var path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        File.CreateSymbolicLink(path, "/dev/zero");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ProfileFile.Read(path));

            Assert.Contains("too large for a profile file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_LeftOutOpenPoints_AreReadTheStrictWay()
    {
        var read = ProfileFile.Parse("""{"kind":"harness-profile","name":"x","openPoints":{"enumCase":"insensitive"}}"""u8.ToArray(), "x.json");

        Assert.True(read.CaseInsensitiveEnums);
        Assert.True(read.SameRules(ReceiverProfile.Strict with { CaseInsensitiveEnums = true }));
    }

    [Fact]
    public void Parse_BadFile_ListsEveryProblemWithItsPath()
    {
        var json = """{"kind":"other","extra":1,"openPoints":{"time":"maybe","maxDepth":1,"colour":"red"}}"""u8.ToArray();

        var error = Assert.Throws<InvalidDataException>(() => ProfileFile.Parse(json, "bad.json"));

        foreach (var path in new[] { "bad.json", "$.kind", "$.extra", "$.openPoints.time", "$.openPoints.colour", "$.maxDepth" })
        {
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => ProfileFile.Parse(Encoding.UTF8.GetBytes("strict"), "p.json"));

        Assert.Contains("p.json: not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_NamesEveryMemberTheWriterWrites()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "profile.schema.json")));
        using var written = JsonDocument.Parse(ProfileFile.ToUtf8(ReceiverProfile.Lenient, "here"));
        var properties = schema.RootElement.GetProperty("properties");
        var points = properties.GetProperty("openPoints").GetProperty("properties");

        Assert.All(written.RootElement.EnumerateObject(), m => Assert.True(properties.TryGetProperty(m.Name, out _), m.Name));
        Assert.All(written.RootElement.GetProperty("openPoints").EnumerateObject(), m =>
        {
            Assert.True(points.TryGetProperty(m.Name, out var rule), m.Name);
            if (rule.TryGetProperty("enum", out var values))
            {
                Assert.Contains(m.Value.GetString(), values.EnumerateArray().Select(v => v.GetString()));
            }
        });
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public void Named_TheBuiltInProfiles_AreRecognisedWhateverTheirName(Profile profile)
    {
        Assert.Equal(profile, (ReceiverProfile.For(profile) with { Name = "copy" }).Named);
    }

    [Fact]
    public void Validator_ProfileFileReadings_ChangeOnlyTheirOpenPoint()
    {
        var blankRejecting = new AlarmValidator(ReceiverProfile.Strict with { AcceptsBlankStrings = false, SkipsByteOrderMark = false, MaxDepth = 3 });
        var strict = new AlarmValidator(Profile.Strict);
        var blank = SpecRequestExample.Json.Replace("\"CPU Usage Exceeding Threshold\"", "\"   \"", StringComparison.Ordinal);
        var bom = "\uFEFF" + SpecRequestExample.Json;
        var deep = SpecRequestExample.Json.Replace("\"additional\" : { }", "\"additional\" : {\"a\":{\"b\":{}}}", StringComparison.Ordinal);

        Assert.True(strict.Validate(blank).IsValid);
        Assert.Equal(ViolationRule.Missing, Assert.Single(blankRejecting.Validate(blank).Violations).Rule);
        Assert.True(strict.Validate(bom).IsValid);
        Assert.Equal(BodyProblem.MalformedJson, blankRejecting.Validate(bom).Problem);
        Assert.True(strict.Validate(deep).IsValid);
        Assert.Equal(BodyProblem.TooDeep, blankRejecting.Validate(deep).Problem);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
