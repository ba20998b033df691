using System.Text.Json;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Valid;

namespace Harness.Generators.Tests.Valid;

public class ValidCatalogueTests
{
    public static TheoryData<string> Ids() => [.. ValidCatalogue.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Validate_ValidCase_PassesUnderBothProfiles(string id)
    {
        var item = ValidCatalogue.Find(id)!;
        foreach (var profile in new[] { Profile.Strict, Profile.Lenient })
        {
            var result = new AlarmValidator(profile).Validate(item.Body, ContentTypeRule.Canonical);
            Assert.True(result.IsValid, $"{id} under {profile}: {result.ErrorMessage}");
        }
    }

    [Fact]
    public void All_Ids_AreUnique() =>
        Assert.Equal(ValidCatalogue.All.Count, ValidCatalogue.All.Select(c => c.Id).Distinct().Count());

    [Fact]
    public void SpecExample_HasEveryFieldOfTheTable()
    {
        using var document = JsonDocument.Parse(ValidCatalogue.Find("spec.example")!.Body);
        Assert.Equal(AlarmFields.All.Select(f => f.Name), document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Boundaries_EveryFreeTextField_HasMaximumLengthInEveryScript()
    {
        foreach (var field in AlarmFields.All.Where(f => f.Kind == JsonKind.String && !f.IsEnum))
        {
            foreach (var script in Enum.GetValues<TextScript>())
            {
                var item = ValidCatalogue.Find($"boundary.{field.Name}.{field.MaxLength}.{script.ToString().ToLowerInvariant()}");
                Assert.NotNull(item);
                using var document = JsonDocument.Parse(item.Body);
                Assert.Equal(field.MaxLength, document.RootElement.GetProperty(field.Name).GetString()!.Length);
            }

            Assert.NotNull(ValidCatalogue.Find($"boundary.{field.Name}.1.ascii"));
            Assert.NotNull(ValidCatalogue.Find($"boundary.{field.Name}.{field.MaxLength - 1}.cjk"));
        }
    }

    [Fact]
    public void Boundaries_EmojiText_IsRealUtf8NotEscapes()
    {
        var item = ValidCatalogue.Find("boundary.alarmName.254.emoji")!;
        Assert.DoesNotContain((byte)'\\', item.Body);
        Assert.Contains((byte)0xF0, item.Body);
    }

    [Theory]
    [InlineData(TextScript.Ascii, 255)]
    [InlineData(TextScript.Cjk, 254)]
    [InlineData(TextScript.Emoji, 255)]
    [InlineData(TextScript.Combining, 1)]
    [InlineData(TextScript.Combining, 254)]
    public void TextShapes_Of_HasExactlyTheRequestedUnits(TextScript script, int units) =>
        Assert.Equal(units, TextShapes.Of(script, units)!.Length);

    [Fact]
    public void TextShapes_EmojiOfOneUnit_IsImpossible() => Assert.Null(TextShapes.Of(TextScript.Emoji, 1));
}
