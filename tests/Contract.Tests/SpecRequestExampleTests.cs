using System.Text.Json.Nodes;

namespace Harness.Contract.Tests;

public sealed class SpecRequestExampleTests
{
    [Fact]
    public void Json_IsAcceptedUnderBothProfiles()
    {
        Assert.True(new Harness.Contract.Validation.AlarmValidator(Profile.Strict).Validate(SpecRequestExample.Json).IsValid);
        Assert.True(new Harness.Contract.Validation.AlarmValidator(Profile.Lenient).Validate(SpecRequestExample.Json).IsValid);
    }

    // wrk's Lua cannot read the C# constant, so the receiver benchmark keeps its own copy: this
    // keeps the two from drifting (a drifted body once made a benchmark measure 400s).
    [Fact]
    public void ReceiverBenchmarkBody_IsTheSpecExample()
    {
        var lua = File.ReadAllText(Path.Combine(RepositoryRoot(), "benchmarks", "receiver", "post.lua"));
        var start = lua.IndexOf("[[", StringComparison.Ordinal) + 2;
        var body = lua[start..lua.IndexOf("]]", start, StringComparison.Ordinal)];

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SpecRequestExample.Json), JsonNode.Parse(body)));
    }

    // From this source file, not the binaries: builds may go to an artifacts folder anywhere.
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new FileInfo(source).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "harness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("harness.sln not found above " + source);
    }
}
