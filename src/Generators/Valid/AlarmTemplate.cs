namespace Harness.Generators.Valid;

/// <summary>
/// A kind of alarm real monitoring raises. <c>{threshold}</c>, <c>{resource}</c> and
/// <c>{service}</c> in the texts are filled per alarm.
/// </summary>
internal sealed record AlarmTemplate(string Name, string Description, string ResourceKind, int[] Thresholds);
