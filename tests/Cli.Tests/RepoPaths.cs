using System.Runtime.CompilerServices;

namespace Harness.Cli.Tests;

/// <summary>Where the checkout and this test's build output are.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding harness.sln, found upwards from this source file (artifacts may live elsewhere).</summary>
    public static string Root([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "harness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("harness.sln not found above " + source);
    }
}
