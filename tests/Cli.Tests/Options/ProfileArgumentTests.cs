using Harness.Cli.Commands;
using Harness.Contract;

namespace Harness.Cli.Tests.Options;

/// <summary><c>--profile</c> of <c>conformance</c> and <c>fake</c>: a named profile or a profile file, every problem named.</summary>
public sealed class ProfileArgumentTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cli-profile-{Guid.NewGuid():N}.json");

    [Theory]
    [InlineData("strict", "strict")]
    [InlineData("LENIENT", "lenient")]
    public void Parse_NamedProfile_IsThatProfile(string text, string name)
    {
        Assert.Equal(name, ProfileArgument.Parse(text, out var problem)!.Name);
        Assert.Null(problem);
    }

    [Fact]
    public void Parse_ProfileFile_IsReadIntoTheFakesOptions()
    {
        File.WriteAllBytes(_file, ProfileFile.ToUtf8(ReceiverProfile.Lenient with { Name = "staging", MaxDepth = 80 }));

        var options = new FakeArguments([], [], null, _file, null, null, null, null, null, null, null, false).ToOptions(out var problems);

        Assert.Empty(problems);
        Assert.Equal(80, options!.Profile.MaxDepth);
        Assert.Equal("staging", options.Profile.Name);
    }

    [Fact]
    public void Parse_NeitherNameNorFile_SaysWhatItAccepts()
    {
        var options = new FakeArguments([], [], null, "strickt", null, null, null, null, null, null, null, false).ToOptions(out var problems);

        Assert.Null(options);
        Assert.Contains("--profile: 'strickt' is neither strict, lenient nor an existing profile file", problems);
    }

    [Fact]
    public void Parse_BrokenFile_NamesTheFileAndThePath()
    {
        File.WriteAllText(_file, """{"kind":"harness-profile","openPoints":{"time":"sometimes"}}""");

        ProfileArgument.Parse(_file, out var problem);

        Assert.Contains("--profile: ", problem, StringComparison.Ordinal);
        Assert.Contains("$.openPoints.time", problem, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);
}
