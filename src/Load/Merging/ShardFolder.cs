using Harness.Load.Records;

namespace Harness.Load.Merging;

/// <summary>A shard's record and the folder it was read from (named in every problem).</summary>
internal sealed record ShardFolder(string Folder, LoadRunRecord Record);
