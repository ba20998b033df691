using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// The field table as the validator's passes index it: slot i of a body is field i. Both the full pass
/// (<see cref="AlarmValidator"/>) and the accepting shortcut (<see cref="AsciiAcceptance"/>) loop over it
/// on every request of the reference receiver, so it is an array, and the two fields the store needs
/// (id, status) are found once.
/// </summary>
internal static class FieldTable
{
    public static readonly FieldRule[] Fields = [.. AlarmFields.All];

    public static readonly int IdIndex = AlarmFields.IndexOf(AlarmFields.AlarmId);

    public static readonly int StatusIndex = AlarmFields.IndexOf(AlarmFields.AlarmStatus);
}
