using System.Runtime.CompilerServices;

namespace Harness.Load.Tests.Scenarios;

/// <summary>Finds the repository from this source file, wherever the build output went.</summary>
internal static class RepoPaths
{
    internal static string Root { get; } = FindRoot();

    internal static string Scenarios => Path.Combine(Root, "scenarios");

    private static string FindRoot([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(here), AppContext.BaseDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "harness.sln")))
                {
                    return dir;
                }
            }
        }
        throw new InvalidOperationException("harness.sln not found above " + here);
    }
}
