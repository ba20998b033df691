using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

/// <summary>Scenario files that are not what they seem: each is a problem at a path, never an exception or an endless read.</summary>
public sealed class HostileScenarioFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("harness-hostile-scenario-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e30")]
    [InlineData("-1e300")]
    public void Load_NumberNoFieldCanHold_IsAProblemAtItsPath(string rate)
    {
        var result = ScenarioLoader.Load($$"""{"name": "x", "phases": [{"type": "constant-rate", "rate": {{rate}}, "duration": "1s"}]}""", "test.json");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.phases[0].rate", problem.Path);
        Assert.Contains($"{rate} is out of range", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LargerThanAnyScenario_IsRefusedBySize()
    {
        var path = Path.Combine(_root, "big.json");
        File.WriteAllText(path, $$"""{"name": "x", "description": "{{new string('a', 2 * 1024 * 1024)}}", "phases": [{"type": "constant-rate", "rate": 1, "duration": "1s"}]}""");

        var problem = Assert.Single(ScenarioLoader.LoadFile(path).Problems);

        Assert.Contains("larger than the 1 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LinkToDevZero_StopsAtTheLimit()
    {
        var path = Path.Combine(_root, "zero.json");
        File.CreateSymbolicLink(path, "/dev/zero");

        var problem = Assert.Single(ScenarioLoader.LoadFile(path).Problems);

        Assert.Contains("larger than the 1 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_WithAByteOrderMark_IsRead()
    {
        var path = Path.Combine(_root, "bom.json");
        File.WriteAllText(path, """{"name": "x", "phases": [{"type": "constant-rate", "rate": 1, "duration": "1s"}]}""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.True(ScenarioLoader.LoadFile(path).IsValid);
    }
}
