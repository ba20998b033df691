using Harness.Conformance.Checks;
using Harness.Contract;
using Harness.Contract.Validation;

namespace Harness.Conformance.Fuzz;

/// <summary>
/// A base body plus mutations. Its expected answer comes from the validator of each profile: the
/// validator is the contract, so any mutation has a known right answer.
/// </summary>
internal sealed record FuzzCase(int Index, byte[] BaseBody, IReadOnlyList<Mutation> Mutations, IReadOnlyList<string> RemovedFields)
{
    private static readonly AlarmValidator Strict = new(Profile.Strict);
    private static readonly AlarmValidator Lenient = new(Profile.Lenient);

    public string Id => $"fuzz.{Index:D4}";

    public ConformanceCheck ToCheck()
    {
        var contentType = Mutations.LastOrDefault(m => m.ContentType is not null)?.ContentType ?? ContentTypeRule.Canonical;
        var body = JsonBodies.With(BaseBody, root =>
        {
            foreach (var field in RemovedFields)
            {
                root.Remove(field);
            }

            foreach (var mutation in Mutations)
            {
                mutation.Edit?.Invoke(root);
            }
        });
        foreach (var mutation in Mutations)
        {
            body = mutation.Bytes?.Invoke(body) ?? body;
        }

        // "(none)" marks a request sent without the header.
        var sentType = contentType == Mutator.NoContentType ? null : contentType;
        var request = CheckRequest.Json(body) with { ContentType = sentType };
        var title = string.Join("; ", Mutations.Select(m => m.Description))
            + (RemovedFields.Count > 0 ? $" (without {string.Join(", ", RemovedFields)})" : "");
        var field = Mutations.Select(m => m.Field).Distinct().Count() == 1 ? Mutations[0].Field : null;
        return BasisRules.Classify(new ConformanceCheck(Id, title, CheckGroup.Fuzz, "fuzz", SpecRows.ForField(field), field, [request],
            Expectation.From(Strict.Validate(body, sentType)), Expectation.From(Lenient.Validate(body, sentType))));
    }
}
