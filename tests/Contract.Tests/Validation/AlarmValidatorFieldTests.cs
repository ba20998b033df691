using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Contract.Tests.Validation;

public sealed class AlarmValidatorFieldTests
{
    private static readonly AlarmValidator Strict = new(Profile.Strict);
    private static readonly AlarmValidator Lenient = new(Profile.Lenient);

    public static TheoryData<string> RequiredStrings() =>
        [.. AlarmFields.All.Where(f => f.Required && f.Kind == JsonKind.String).Select(f => f.Name)];

    public static TheoryData<string> OptionalStrings() =>
        [.. AlarmFields.All.Where(f => !f.Required && f.Kind == JsonKind.String).Select(f => f.Name)];

    public static TheoryData<string> FreeTextStrings() =>
        [.. AlarmFields.All.Where(f => f.Kind == JsonKind.String && !f.IsEnum).Select(f => f.Name)];

    [Fact]
    public void Validate_SpecExample_IsAcceptedUnderBothProfiles()
    {
        foreach (var validator in new[] { Strict, Lenient })
        {
            var result = validator.Validate(SpecExample.Json);
            Assert.True(result.IsValid, result.ErrorMessage);
            Assert.Equal("18cfxxxxxxxxxx0f8", result.Alarm!.AlarmId);
            Assert.Equal(1709118444540, result.Alarm.Time);
            Assert.Equal("{ }", result.Alarm.AdditionalJson);
        }
    }

    [Theory]
    [MemberData(nameof(RequiredStrings))]
    public void Validate_RequiredStringMissingOrNull_MustNotBeNull(string name)
    {
        foreach (var body in new[] { SpecExample.With(name, null), SpecExample.With(name, "null") })
        {
            var result = Strict.Validate(body);
            var violation = Assert.Single(result.Violations);
            Assert.Equal(ViolationRule.Missing, violation.Rule);
            Assert.Equal($"{name} must not be null", result.ErrorMessage);
        }
    }

    [Theory]
    [MemberData(nameof(RequiredStrings))]
    public void Validate_RequiredStringEmpty_SizeMessage(string name)
    {
        var result = Lenient.Validate(SpecExample.With(name, "\"\""));

        Assert.Equal($"{name} size must be between 1 and 255", result.ErrorMessage);
    }

    [Theory]
    [MemberData(nameof(OptionalStrings))]
    public void Validate_OptionalStringAbsentNullOrEmpty_IsAccepted(string name)
    {
        foreach (var value in new string?[] { null, "null", "\"\"" })
        {
            Assert.True(Strict.Validate(SpecExample.With(name, value)).IsValid);
        }
    }

    [Theory]
    [MemberData(nameof(FreeTextStrings))]
    public void Validate_LengthBoundaryInUtf16Units_255AcceptedAnd256Rejected(string name)
    {
        var field = AlarmFields.Find(name)!;
        // ASCII and CJK count one unit a character; an emoji counts two (DECISIONS row 4).
        foreach (var unit in new[] { "a", "告", "😀" })
        {
            var atLimit = string.Concat(Enumerable.Repeat(unit, 255 / unit.Length)) + (unit.Length == 2 ? "a" : "");
            Assert.Equal(255, atLimit.Length);
            Assert.True(Strict.Validate(SpecExample.With(name, SpecExample.Quote(atLimit))).IsValid, $"{name} {unit}");

            var overLimit = atLimit + "b";
            var result = Strict.Validate(SpecExample.With(name, SpecExample.Quote(overLimit)));
            Assert.Equal($"{name} size must be between {field.MinLength} and 255", result.ErrorMessage);
        }
    }

    [Fact]
    public void Validate_EscapedCharacters_CountAsDecodedText()
    {
        // 255 "\u0041" escapes decode to 255 units: within the limit although the raw JSON is longer.
        var escaped = "\"" + string.Concat(Enumerable.Repeat("\\u0041", 255)) + "\"";

        Assert.True(Strict.Validate(SpecExample.With("alarmName", escaped)).IsValid);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Validate_WhitespaceOnlyString_IsAccepted(string blank)
    {
        Assert.True(Strict.Validate(SpecExample.With("alarmDesc", SpecExample.Quote(blank))).IsValid);
    }

    [Theory]
    [InlineData("alarmLevel", "\"critical\"")]
    [InlineData("alarmLevel", "\"CRITICAL\"")]
    [InlineData("alarmStatus", "\"OK\"")]
    public void Validate_EnumWrongCase_StrictRejectsLenientAccepts(string name, string value)
    {
        var body = SpecExample.With(name, value);
        var field = AlarmFields.Find(name)!;

        Assert.Equal($"{name} must be one of [{string.Join(", ", field.EnumValues)}]", Strict.Validate(body).ErrorMessage);
        Assert.True(Lenient.Validate(body).IsValid);
    }

    [Theory]
    [InlineData("alarmLevel", "\" Critical\"")]
    [InlineData("alarmLevel", "\"Warning\"")]
    [InlineData("alarmStatus", "\"cleared\"")]
    public void Validate_EnumUnknownOrPadded_RejectedUnderBothProfiles(string name, string value)
    {
        var body = SpecExample.With(name, value);

        Assert.Equal(ViolationRule.Enum, Assert.Single(Strict.Validate(body).Violations).Rule);
        Assert.Equal(ViolationRule.Enum, Assert.Single(Lenient.Validate(body).Violations).Rule);
    }

    [Fact]
    public void Validate_OptionalEnumEmpty_IsAccepted()
    {
        Assert.True(Strict.Validate(SpecExample.With("alarmStatus", "\"\"")).IsValid);
    }

    [Theory]
    [InlineData("123", "123")]
    [InlineData("1.5", "1.5")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void Validate_ScalarForString_StrictRejectsLenientCoerces(string json, string coerced)
    {
        var body = SpecExample.With("alarmName", json);

        Assert.Equal("alarmName must be a string", Strict.Validate(body).ErrorMessage);
        var lenient = Lenient.Validate(body);
        Assert.True(lenient.IsValid, lenient.ErrorMessage);
        Assert.Equal(coerced, lenient.Alarm!.AlarmName);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[\"a\"]")]
    public void Validate_ContainerForString_RejectedUnderBothProfiles(string json)
    {
        var body = SpecExample.With("alarmName", json);

        Assert.Equal("alarmName must be a string", Strict.Validate(body).ErrorMessage);
        Assert.Equal("alarmName must be a string", Lenient.Validate(body).ErrorMessage);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("[]")]
    [InlineData("1")]
    public void Validate_AdditionalNotAnObject_Rejected(string json)
    {
        Assert.Equal("additional must be an object", Lenient.Validate(SpecExample.With("additional", json)).ErrorMessage);
    }

    [Fact]
    public void Validate_SeveralViolations_ListedInDeclarationOrder()
    {
        var body = SpecExample.With("alarmName", null);
        body = body.Replace("\"alarmId\":\"18cfxxxxxxxxxx0f8\",", "", StringComparison.Ordinal);
        body = body.Replace("\"Critical\"", "\"Severe\"", StringComparison.Ordinal);

        var result = Strict.Validate(body);

        Assert.Equal(
            "alarmId must not be null | alarmName must not be null | alarmLevel must be one of [Critical, Major, Minor, Info]",
            result.ErrorMessage);
    }

    [Fact]
    public void Validate_UnknownFieldsAndDuplicateKeys_IgnoredAndLastWins()
    {
        var body = SpecExample.Json.Replace("\"alarmId\" :", "\"extra\": [1, {\"x\": null}], \"alarmId\": \"first\", \"alarmId\" :", StringComparison.Ordinal);

        var result = Strict.Validate(body);

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal("18cfxxxxxxxxxx0f8", result.Alarm!.AlarmId);
    }

    [Fact]
    public void Validate_DuplicateKeyLastOneInvalid_IsRejected()
    {
        var body = SpecExample.Json.Replace("\"alarmSource\" : \"coc\"", "\"alarmSource\" : \"coc\", \"alarmSource\": \"\"", StringComparison.Ordinal);

        Assert.Equal("alarmSource size must be between 1 and 255", Strict.Validate(body).ErrorMessage);
    }
}
