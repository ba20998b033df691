using Harness.Contract.Fields;

namespace Harness.Contract.Tests.Fields;

public sealed class AlarmFieldsTests
{
    // The spec's Table 2, as a reviewer reads it off the page: name, mandatory, type.
    [Theory]
    [InlineData("alarmId", true, JsonKind.String)]
    [InlineData("alarmName", true, JsonKind.String)]
    [InlineData("alarmLevel", true, JsonKind.String)]
    [InlineData("time", true, JsonKind.Integer)]
    [InlineData("nameSpace", true, JsonKind.String)]
    [InlineData("regionId", false, JsonKind.String)]
    [InlineData("applicationId", true, JsonKind.String)]
    [InlineData("resourceName", false, JsonKind.String)]
    [InlineData("resourceId", false, JsonKind.String)]
    [InlineData("alarmDesc", true, JsonKind.String)]
    [InlineData("URL", false, JsonKind.String)]
    [InlineData("alarmStatus", false, JsonKind.String)]
    [InlineData("alarmSource", true, JsonKind.String)]
    [InlineData("additional", false, JsonKind.Object)]
    public void Find_SpecRow_MatchesTable2(string name, bool required, JsonKind kind)
    {
        var field = AlarmFields.Find(name);

        Assert.NotNull(field);
        Assert.Equal(required, field.Required);
        Assert.Equal(kind, field.Kind);
        if (kind == JsonKind.String)
        {
            Assert.Equal(required ? 1 : 0, field.MinLength);
            Assert.Equal(255, field.MaxLength);
        }
    }

    [Fact]
    public void All_DeclarationOrder_IsTheSpecsOrder()
    {
        Assert.Equal(
            ["alarmId", "alarmName", "alarmLevel", "time", "nameSpace", "regionId", "applicationId",
             "resourceName", "resourceId", "alarmDesc", "URL", "alarmStatus", "alarmSource", "additional"],
            AlarmFields.All.Select(f => f.Name));
    }

    [Fact]
    public void Find_WrongCase_IsNotAField()
    {
        Assert.Null(AlarmFields.Find("alarmname"));
        Assert.Null(AlarmFields.Find("url"));
    }

    [Fact]
    public void EnumFields_HaveTheSpecsValues()
    {
        Assert.Equal(["Critical", "Major", "Minor", "Info"], AlarmFields.AlarmLevel.EnumValues);
        Assert.Equal(["alarm", "ok"], AlarmFields.AlarmStatus.EnumValues);
        Assert.Equal(2, AlarmFields.All.Count(f => f.IsEnum));
    }

    [Fact]
    public void IndexOf_EveryField_RoundTrips()
    {
        for (var i = 0; i < AlarmFields.All.Count; i++)
        {
            Assert.Equal(i, AlarmFields.IndexOf(AlarmFields.All[i]));
        }
    }

    [Fact]
    public void PathFor_KeyWithReservedCharacters_IsPercentEncoded()
    {
        Assert.Equal("/v1/event/huawei/custom/a%2Fb%20c", IntegrationKeyRule.PathFor("a/b c"));
    }
}
