using Harness.Contract;
using Harness.Load.Phases;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static ScenarioLoadResult Load(string json) => ScenarioLoader.Load(json.Replace('\'', '"'), "test.json");

    private static ScenarioProblem At(ScenarioLoadResult result, string path) =>
        Assert.Single(result.Problems, p => p.Path == path);

    [Fact]
    public void Load_MinimalScenario_FillsDefaults()
    {
        var result = Load("{'name': 'tiny', 'phases': [{'type': 'constant-rate', 'rate': 0.5, 'duration': '10s'}]}");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var scenario = result.Scenario!;
        var phase = Assert.IsType<ConstantRatePhase>(Assert.Single(scenario.Phases));
        Assert.Equal(0.5, phase.Rate);
        Assert.Equal(TimeSpan.FromSeconds(10), phase.Duration);
        Assert.Equal(ArrivalProcess.Even, phase.Arrival);
        Assert.Equal(new PayloadMix(), scenario.Payload);
        Assert.Equal(new TransportSettings(), scenario.Transport);
        Assert.Equal(Profile.Strict, scenario.Target.Profile);
        Assert.Empty(scenario.Thresholds);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneWithItsPath()
    {
        var result = Load("""
            {
              'name': 'bad name!',
              'phases': [
                {'type': 'warmup', 'rate': 10, 'duration': '5s'},
                {'type': 'constant-rate', 'rate': 100, 'duration': '30s'},
                {'type': 'constant-rate', 'rate': 0, 'duration': '30x'},
                {'type': 'ramping-concurrency', 'from': 1.5, 'to': 'ten', 'duration': '1m'}
              ],
              'payload': {'poolSize': 0, 'brokenShare': 1.5},
              'transport': {'connections': 4, 'maxInFlight': 2, 'httpVersion': 3},
              'thresholds': ['p99 < 250', {'expression': 'error_rate < 1%', 'grace': 5}]
            }
            """);
        Assert.False(result.IsValid);
        Assert.Null(result.Scenario);
        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.Equal(
            [
                "$.phases[2].duration", "$.phases[3].from", "$.phases[3].to", "$.transport.httpVersion",
                "$.thresholds[0]", "$.thresholds[1].grace", "$.name", "$.phases[2].rate", "$.payload.poolSize",
                "$.payload.brokenShare", "$.transport.maxInFlight",
            ],
            paths);
        Assert.Equal("must be > 0, got 0", At(result, "$.phases[2].rate").Message);
        Assert.Contains("whole number", At(result, "$.phases[3].from").Message, StringComparison.Ordinal);
        Assert.Contains("the string \"ten\"", At(result, "$.phases[3].to").Message, StringComparison.Ordinal);
        Assert.Equal("write \"5s\" or \"5ms\"", At(result, "$.thresholds[1].grace").Hint);
        Assert.Equal("write \"3\"", At(result, "$.transport.httpVersion").Hint);
    }

    [Fact]
    public void Load_NearMissPropertyName_IsAnErrorWithADidYouMeanHint()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'constant-rate', 'rate': 5, 'duartion': '10s'}]}");
        var unknown = At(result, "$.phases[0].duartion");
        Assert.Equal("unknown property", unknown.Message);
        Assert.Equal("did you mean 'duration'?", unknown.Hint);
        Assert.Equal("is required", At(result, "$.phases[0].duration").Message);
    }

    [Fact]
    public void Load_PropertyOfAnotherPhaseType_SaysWhereItBelongs()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'constant-rate', 'rate': 5, 'duration': '1s', 'users': 3}]}");
        var problem = At(result, "$.phases[0].users");
        Assert.Contains("belongs to", problem.Hint, StringComparison.Ordinal);
        Assert.Contains("constant-concurrency", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPropertiesEverywhere_AreAllErrors()
    {
        var result = Load("""
            {'name': 'x', 'colour': 'red',
             'phases': [{'type': 'iterations', 'count': 5}],
             'target': {'baseURL': 'http://127.0.0.1'},
             'payload': {'pool': 5, 'streams': {'storm': 0.1}},
             'transport': {'conections': 2},
             'thresholds': [{'expression': 'p99 < 1s', 'abort': true}]}
            """);
        Assert.Equal(
            ["$.colour", "$.target.baseURL", "$.payload.pool", "$.payload.streams.storm", "$.transport.conections", "$.thresholds[0].abort"],
            result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("unknown property", p.Message));
        Assert.Equal("did you mean 'baseUrl'?", At(result, "$.target.baseURL").Hint);
        Assert.Equal("did you mean 'storms'?", At(result, "$.payload.streams.storm").Hint);
        Assert.Equal("did you mean 'connections'?", At(result, "$.transport.conections").Hint);
    }

    [Fact]
    public void Load_UnknownPhaseType_SuggestsTheNearestType()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'constant-rates', 'rate': 5}, {'rate': 1}]}");
        var unknown = At(result, "$.phases[0].type");
        Assert.Equal("unknown phase type 'constant-rates'", unknown.Message);
        Assert.Equal("did you mean 'constant-rate'?", unknown.Hint);
        Assert.Equal("is required", At(result, "$.phases[1].type").Message);
    }

    [Fact]
    public void Load_PhaseAfterAnUnreadableOne_IsReportedAtItsOwnIndex()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'nope'}, {'type': 'constant-rate', 'rate': 0, 'duration': '1s'}]}");
        Assert.Equal(["$.phases[0].type", "$.phases[1].rate"], result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Load_MissingRequiredTopLevel_ReportsNameAndPhases()
    {
        var result = Load("{}");
        Assert.Equal(["$.name", "$.phases"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("is required", p.Message));
    }

    [Fact]
    public void Load_ThresholdSyntaxError_CarriesTheCaret()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'iterations', 'count': 5}], 'thresholds': ['p99 < 250ms', 'p99 < 250']}");
        var problem = At(result, "$.thresholds[1]");
        Assert.Contains("add a time unit", problem.Message, StringComparison.Ordinal);
        Assert.Contains("  p99 < 250" + Environment.NewLine + "           ^", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateProperty_IsAnError() =>
        Assert.Equal("appears more than once",
            At(Load("{'name': 'x', 'name': 'y', 'phases': [{'type': 'iterations', 'count': 5}]}"), "$.name").Message);

    [Fact]
    public void Load_DuplicatesInsideAPhaseAndAtTheTop_EachNamedWithItsPath()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'iterations', 'count': 5, 'count': 6, 'count': 7}], 'name': 'y'}");

        Assert.Equal(["$.phases[0].count", "$.phases[0].count", "$.name"], result.Problems.Select(p => p.Path));
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void Load_MalformedJson_SaysWhere()
    {
        var problem = Assert.Single(Load("{'name': 'x',, }").Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreTolerated() =>
        Assert.True(Load("{ // why\n'name': 'x', 'phases': [{'type': 'iterations', 'count': 5,},], }").IsValid);

    [Fact]
    public void Load_WarmUpWithBothRateAndUsers_IsRefused() =>
        Assert.Contains("exactly one",
            At(Load("{'name': 'x', 'phases': [{'type': 'warmup', 'duration': '1s', 'rate': 1, 'users': 1}, {'type': 'iterations', 'count': 5}]}"),
               "$.phases[0]").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_SpikeThatDoesNotFit_IsRefused()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'spike', 'baseRate': 1, 'spikeRate': 10, 'duration': '10s', 'spikeAt': '8s', 'spikeDuration': '1s', 'rampTime': '1s'}]}");
        Assert.Contains("must fit in duration", At(result, "$.phases[0]").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'type': 'constant-rate', 'rate': 0.05, 'duration': '10s'}", false)]
    [InlineData("{'type': 'constant-rate', 'rate': 0.1, 'duration': '10s'}", true)]
    [InlineData("{'type': 'ramping-rate', 'from': 0, 'to': 0.1, 'duration': '10s'}", false)]
    [InlineData("{'type': 'ramping-rate', 'from': 0, 'to': 0.2, 'duration': '10s'}", true)]
    public void Load_OpenPhaseThatPlansNoRequest_IsRefused(string phase, bool valid)
    {
        var result = Load("{'name': 'x', 'phases': [" + phase + "]}");
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Contains("fewer than one", At(result, "$.phases[0]").Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_OnlyWarmUp_IsRefused() =>
        Assert.Contains("nothing would be measured",
            At(Load("{'name': 'x', 'phases': [{'type': 'warmup', 'duration': '1s', 'rate': 1}]}"), "$.phases").Message, StringComparison.Ordinal);

    [Fact]
    public void Load_WarmupOnAnyPhaseType_IsMeasuredApart()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'ramping-rate', 'from': 1, 'to': 9, 'duration': '2s', 'warmup': true}, {'type': 'iterations', 'count': 5}]}");

        var scenario = result.OrThrow();
        Assert.True(scenario.Phases[0].IsWarmup);
        Assert.IsType<IterationsPhase>(Assert.Single(scenario.MainPhases));
        Assert.Contains("\"warmup\": true", ScenarioWriter.ToJson(scenario), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedNumberAndBareDuration_SayHowToWriteThem()
    {
        var result = Load("{'name': 'x', 'phases': [{'type': 'constant-rate', 'rate': '5', 'duration': 10}]}");

        Assert.Equal(("must be a number, got the string \"5\"", "remove the quotes"), (At(result, "$.phases[0].rate").Message, At(result, "$.phases[0].rate").Hint));
        Assert.Equal(("must be a duration string", "write \"10s\" or \"10ms\""), (At(result, "$.phases[0].duration").Message, At(result, "$.phases[0].duration").Hint));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Load_TheDocsErrorExample_ReadsAsTheDocsShowIt()
    {
        var result = Load("""
            {'name': 'mine',
             'phases': [{'type': 'constant-rate', 'rate': 5, 'duartion': '10s'}, {'type': 'constant-rate', 'rate': 5, 'duration': '10s', 'users': 3}],
             'transport': {'requestTimeout': '30'},
             'thresholds': ['p99 < 250']}
            """);
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "scenarios.md")).ReplaceLineEndings("\n");
        var start = docs.IndexOf("has 5 problem(s):\n", StringComparison.Ordinal) + "has 5 problem(s):\n".Length;
        var shown = docs[start..docs.IndexOf("\n$ echo", start, StringComparison.Ordinal)];

        var firstLines = shown.Split('\n').Where(line => line.StartsWith("  $.", StringComparison.Ordinal));

        Assert.Equal(firstLines, result.Problems.Select(p => "  " + p.ToString().ReplaceLineEndings("\n").Split('\n')[0]));
    }

    [Fact]
    public void Load_NumberTooLargeForItsField_IsAProblemNotAnException()
    {
        var problem = Assert.Single(Load("{'name': 'x', 'phases': [{'type': 'constant-concurrency', 'users': 1e20, 'duration': '1s'}]}").Problems);

        Assert.Equal("$.phases[0].users", problem.Path);
    }

    [Fact]
    public void Load_NotAnObject_IsOneProblem()
    {
        var problem = Assert.Single(Load("[1, 2]").Problems);
        Assert.Equal("$", problem.Path);
        Assert.Equal("must be an object, got an array", problem.Message);
    }

    [Fact]
    public void LoadFile_MissingFile_IsAProblemNotAnException()
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.json"));
        Assert.Contains("cannot read", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioValidationException>(() => Scenario.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.json")));
    }

    [Fact]
    public void Parse_InvalidScenario_ListsEveryProblemInTheMessage()
    {
        var error = Assert.Throws<ScenarioValidationException>(() => Scenario.Parse("{\"name\": \"\", \"phases\": []}", "test.json"));
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("$.name: must not be empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.phases: at least one phase is required", error.Message, StringComparison.Ordinal);
    }
}
