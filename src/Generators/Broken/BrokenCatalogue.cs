using Harness.Contract;
using Harness.Contract.Fields;

namespace Harness.Generators.Broken;

/// <summary>
/// Every named broken (or edge) case, derived from the contract's field table, in a fixed order:
/// per field, then body level, Content-Type, several violations, key level and other headers. The same list on
/// every run and machine.
/// </summary>
public static class BrokenCatalogue
{
    private static readonly Lazy<IReadOnlyList<BrokenCase>> Cases = new(Build);

    /// <summary>Every case, in catalogue order. Ids are unique.</summary>
    public static IReadOnlyList<BrokenCase> All => Cases.Value;

    /// <summary>The case with this id, or null.</summary>
    public static BrokenCase? Find(string id) => All.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// The cases matching every filter given (null means any): the field name, the rule
    /// (<see cref="CaseRules"/>), and the status expected under a profile.
    /// </summary>
    public static IReadOnlyList<BrokenCase> Where(string? field = null, string? rule = null, int? status = null,
        Profile profile = Profile.Strict) =>
        [.. All.Where(c => (field is null || c.Field == field)
                        && (rule is null || c.Rule == rule)
                        && (status is null || c.For(profile).Status == status))];

    private static IReadOnlyList<BrokenCase> Build()
    {
        var cases = new List<BrokenCase>();
        foreach (var field in AlarmFields.All)
        {
            cases.AddRange(FieldCases.For(field));
            cases.AddRange(OfKind(field));
        }

        cases.AddRange(BodyCases.All());
        cases.AddRange(ContentTypeCases.All());
        cases.AddRange(SeveralCases.All());
        cases.AddRange(KeyCases.All());
        cases.AddRange(HeaderCases.All());

        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Broken case id '{duplicate.Key}' is used twice.");
        }

        return cases.AsReadOnly();
    }

    // The cases only one kind of field gets, on top of every field's.
    private static IEnumerable<BrokenCase> OfKind(FieldRule field) => field switch
    {
        { IsEnum: true } => EnumCases.For(field),
        { Kind: JsonKind.Integer } => TimeCases.For(field),
        { Kind: JsonKind.Object } => NestingCases.For(field),
        _ => [],
    };
}
