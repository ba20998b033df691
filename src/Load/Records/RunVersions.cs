using System.Reflection;

namespace Harness.Load.Records;

/// <summary>What produced a run: the harness, the runtime, the OS and its processor count.</summary>
internal sealed record RunVersions(string Harness, string Dotnet, string Os, int Processors)
{
    public static RunVersions Current { get; } = new(
        typeof(RunVersions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        Environment.Version.ToString(),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        Environment.ProcessorCount);
}
