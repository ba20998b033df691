using Harness.Contract;

namespace Harness.Conformance;

/// <summary>
/// An observation about how the target reads the open points of the spec (length counting, success
/// code, enum case, coercion), with the profile the observed behaviour matches when there is one.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>length-counting</c>.</param>
/// <param name="Title">The question observed.</param>
/// <param name="Observed">The answer, in words.</param>
/// <param name="Evidence">The check ids the answer rests on.</param>
/// <param name="Matches">The profile this behaviour matches, or null when both or neither do.</param>
public sealed record Finding(string Id, string Title, string Observed, IReadOnlyList<string> Evidence, Profile? Matches);
