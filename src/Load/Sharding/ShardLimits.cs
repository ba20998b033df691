namespace Harness.Load.Sharding;

/// <summary>Bounds on sharding (a Kubernetes Indexed Job allows up to 100,000 completions; we need far fewer).</summary>
internal static class ShardLimits
{
    /// <summary>The most shards one run may have.</summary>
    public const int MaxShards = 1000;
}
