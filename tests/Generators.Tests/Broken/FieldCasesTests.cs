using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Generators.Tests.Broken;

/// <summary>Cases come from a field's row, not from its name: a row the table does not have yet gets them too.</summary>
public class FieldCasesTests
{
    private static readonly FieldRule Ticket = new("ticket", true, JsonKind.String, 1, 64, [], "A field the table might gain");
    private static readonly FieldRule Channel = new("channel", false, JsonKind.String, 0, 16, ["sms", "mail"], "An optional enum");

    [Fact]
    public void For_NewRequiredTextField_DerivesLimitsAndMessagesFromTheRow()
    {
        var cases = FieldCases.For(Ticket).ToDictionary(c => c.Id);

        Assert.Equal(["ticket must not be null"], cases["ticket.missing"].Strict.MessageMustName);
        Assert.Equal(["ticket size must be between 1 and 64"], cases["ticket.too-long.ascii"].Lenient.MessageMustName);
        Assert.Contains("\"ticket\":\"" + new string('a', 1), System.Text.Encoding.UTF8.GetString(cases["ticket.too-long.ascii"].Request.Body));
        Assert.Equal(200, cases["ticket.wrong-type.number"].For(Profile.Lenient).Status);
        Assert.Equal(["ticket must be a string"], cases["ticket.wrong-type.number"].Strict.MessageMustName);
    }

    [Fact]
    public void For_NewOptionalEnumField_AcceptsAbsenceAndChecksValues()
    {
        var cases = FieldCases.For(Channel).Concat(EnumCases.For(Channel)).ToDictionary(c => c.Id);

        Assert.True(cases["channel.missing"].Strict.IsAccepted);
        Assert.True(cases["channel.empty"].Strict.IsAccepted);
        Assert.Equal([Messages.For(Channel, ViolationRule.Enum)], cases["channel.enum.upper-case.sms"].Strict.MessageMustName);
        Assert.True(cases["channel.enum.upper-case.sms"].Lenient.IsAccepted);
        Assert.Equal([Messages.For(Channel, ViolationRule.Enum)], cases["channel.wrong-type.number"].Lenient.MessageMustName);
    }

    [Fact]
    public void Catalogue_IntegerAndObjectRows_GetTheirOwnCases()
    {
        Assert.NotEmpty(BrokenCatalogue.Where(AlarmFields.Time.Name, CaseRules.TimeFormat));
        Assert.Empty(BrokenCatalogue.Where(AlarmFields.AlarmId.Name, CaseRules.TimeFormat));
        Assert.NotEmpty(BrokenCatalogue.Where(AlarmFields.Additional.Name, CaseRules.Nesting));
        Assert.Empty(BrokenCatalogue.Where(AlarmFields.Time.Name, CaseRules.Nesting));
        Assert.Empty(BrokenCatalogue.Where(AlarmFields.AlarmId.Name, CaseRules.EnumCase));
    }
}
