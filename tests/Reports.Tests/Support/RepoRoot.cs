namespace Harness.Reports.Tests.Support;

/// <summary>The checkout's root folder (where harness.sln is), found upwards from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Find([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "harness.sln")))
            {
                return dir.FullName;
            }
        }

        // Isolated artifact paths (-p:ArtifactsPath=/tmp/...) live outside the checkout: start from this source file.
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "harness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("harness.sln not found above " + AppContext.BaseDirectory);
    }
}
