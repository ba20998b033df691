using System.Collections;
using System.CommandLine;
using Harness.Cli;

namespace Harness.Cli.Tests.Options;

public sealed class EnvironmentArgumentsTests
{
    private static RootCommand Root()
    {
        var root = new RootCommand("test");
        var load = new Command("load");
        load.Options.Add(new Option<double?>("--rate"));
        load.Options.Add(new Option<string[]>("--key") { AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.ZeroOrMore });
        load.Options.Add(new Option<string?>("--rate-limit"));
        root.Subcommands.Add(load);
        return root;
    }

    [Fact]
    public void VariableFor_DashedName_IsUpperSnakeWithPrefix()
    {
        Assert.Equal("HARNESS_RATE_LIMIT", EnvironmentArguments.VariableFor(new Option<string>("--rate-limit")));
    }

    [Fact]
    public void Apply_OptionLeftOut_TakesTheVariable()
    {
        var root = Root();

        var (args, used) = EnvironmentArguments.Apply(root, ["load"], new Hashtable { ["HARNESS_RATE"] = "12.5" });

        Assert.Equal(12.5, root.Parse(args).GetValue<double?>("--rate"));
        Assert.Equal("HARNESS_RATE", used["--rate"]);
    }

    [Fact]
    public void Apply_OptionOnTheCommandLine_WinsOverTheVariable()
    {
        var root = Root();

        var (args, used) = EnvironmentArguments.Apply(root, ["load", "--rate", "3"], new Hashtable { ["HARNESS_RATE"] = "12.5" });

        Assert.Equal(3, root.Parse(args).GetValue<double?>("--rate"));
        Assert.Empty(used);
    }

    [Fact]
    public void Apply_RepeatableOption_SplitsACommaSeparatedList()
    {
        var root = Root();

        var (args, _) = EnvironmentArguments.Apply(root, ["load"], new Hashtable { ["HARNESS_KEY"] = "k1, k2" });

        Assert.Equal(["k1", "k2"], root.Parse(args).GetValue<string[]>("--key")!);
    }

    [Fact]
    public void Report_BadValueFromTheEnvironment_NamesTheVariableInWordsAndExits2()
    {
        var root = Root();
        var (args, used) = EnvironmentArguments.Apply(root, ["load"], new Hashtable { ["HARNESS_RATE"] = "abc" });
        var error = new StringWriter();

        var code = UsageErrors.Report(root.Parse(args), used, error);

        Assert.Equal(ExitCode.UsageError, code);
        var text = error.ToString();
        Assert.Contains("'abc'", text, StringComparison.Ordinal);
        Assert.Contains("as a number", text, StringComparison.Ordinal);
        Assert.Contains("HARNESS_RATE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }
}
