namespace Harness.Load.Tests.Surface;

/// <summary>
/// Issue 13: the public surface of Harness.Load, counted by reflection over the built assembly
/// (nested types included). A type made public must be added here on purpose.
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void ExportedTypes_AreTheListedOnes()
    {
        var exported = typeof(Harness.Load.Engine.LoadEngine).Assembly.GetExportedTypes()
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

        Assert.True(PublicSurface.Types.SequenceEqual(exported),
            $"{exported.Length} exported types:{Environment.NewLine}{string.Join(Environment.NewLine, exported)}");
    }
}
