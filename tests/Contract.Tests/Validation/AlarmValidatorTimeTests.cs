using Harness.Contract.Validation;

namespace Harness.Contract.Tests.Validation;

public sealed class AlarmValidatorTimeTests
{
    private static readonly AlarmValidator Strict = new(Profile.Strict);
    private static readonly AlarmValidator Lenient = new(Profile.Lenient);

    private const string TypeMessage = "time must be an integer (epoch milliseconds)";
    private const string RangeMessage = "time must be between 1 and 9223372036854775807";

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("1709118444540", 1709118444540L)]
    public void Validate_IntegerInRange_AcceptedUnderBothProfiles(string json, long expected)
    {
        Assert.Equal(expected, Strict.Validate(SpecExample.With("time", json)).Alarm!.Time);
        Assert.Equal(expected, Lenient.Validate(SpecExample.With("time", json)).Alarm!.Time);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999999")]
    public void Validate_IntegerOutOfRange_RangeUnderBothProfiles(string json)
    {
        Assert.Equal(RangeMessage, Strict.Validate(SpecExample.With("time", json)).ErrorMessage);
        Assert.Equal(RangeMessage, Lenient.Validate(SpecExample.With("time", json)).ErrorMessage);
    }

    [Theory]
    [InlineData("\"1709118444540\"", 1709118444540L)]
    [InlineData("1.7091184E12", 1709118400000L)]
    [InlineData("1709118444540.9", 1709118444540L)]
    [InlineData("1.5", 1L)]
    public void Validate_CoercibleForms_StrictTypeErrorLenientCoerces(string json, long coerced)
    {
        var body = SpecExample.With("time", json);

        Assert.Equal(TypeMessage, Strict.Validate(body).ErrorMessage);
        var lenient = Lenient.Validate(body);
        Assert.True(lenient.IsValid, lenient.ErrorMessage);
        Assert.Equal(coerced, lenient.Alarm!.Time);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("\"0\"")]
    [InlineData("\"-5\"")]
    [InlineData("\"9223372036854775808\"")]
    [InlineData("1e30")]
    public void Validate_CoercedButOutOfRange_LenientRange(string json)
    {
        Assert.Equal(RangeMessage, Lenient.Validate(SpecExample.With("time", json)).ErrorMessage);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("\"1.5\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public void Validate_NonNumeric_TypeErrorUnderBothProfiles(string json)
    {
        Assert.Equal(TypeMessage, Strict.Validate(SpecExample.With("time", json)).ErrorMessage);
        Assert.Equal(TypeMessage, Lenient.Validate(SpecExample.With("time", json)).ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    public void Validate_MissingOrNull_MustNotBeNull(string? json)
    {
        Assert.Equal("time must not be null", Strict.Validate(SpecExample.With("time", json)).ErrorMessage);
    }
}
