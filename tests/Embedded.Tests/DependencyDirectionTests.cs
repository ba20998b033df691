using System.Reflection;
using Harness.Conformance;
using Harness.Load.Engine;

namespace Harness.Embedded.Tests;

/// <summary>Dependencies point one way: the libraries know nothing of the fake, the fake's web stack, or each other's reports.</summary>
public class DependencyDirectionTests
{
    [Fact]
    public void ReferenceClosure_LoadAndConformance_HoldNeitherTheFakeNorAspNetCore()
    {
        foreach (var library in new[] { typeof(LoadEngine).Assembly, typeof(ConformanceSuite).Assembly })
        {
            var closure = Closure(library);

            Assert.Contains(closure, name => name == "Harness.Contract"); // the walk really follows references
            Assert.DoesNotContain(closure, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
            Assert.DoesNotContain(closure, name => name.StartsWith("Harness.Fakes", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ReferenceClosure_Composition_IsWhereTheFakeMeetsTheRuns()
    {
        var closure = Closure(typeof(LoadRuns).Assembly);

        Assert.Contains(closure, name => name == "Harness.Fakes");
        Assert.Contains(closure, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    // Every assembly name reachable by references; framework assemblies are loaded by name from the runtime.
    private static HashSet<string> Closure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([root]);
        while (queue.Count > 0)
        {
            foreach (var reference in queue.Dequeue().GetReferencedAssemblies())
            {
                if (reference.Name is { } name && seen.Add(name))
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return seen;
    }
}
