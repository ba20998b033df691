namespace Harness.Generators.Valid;

/// <summary>
/// A body the contract accepts under every profile (sent with <c>application/json;charset=UTF-8</c>).
/// </summary>
/// <param name="Id">A stable name, e.g. <c>boundary.alarmName.255.emoji</c>.</param>
/// <param name="Title">What the body shows, in words.</param>
/// <param name="Body">The UTF-8 JSON bytes.</param>
public sealed record ValidCase(string Id, string Title, byte[] Body);
