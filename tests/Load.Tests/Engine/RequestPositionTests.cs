using Harness.Load.Engine;
using Harness.Load.Payloads;
using Harness.Load.Sharding;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Engine;

/// <summary>The request stream's positions when each sending thread takes them in blocks (no counter shared per request).</summary>
public class RequestPositionTests
{
    private const int PoolSize = 100;

    [Fact]
    public void NextRequest_OneThread_GoesThroughThePoolInOrder()
    {
        var (context, pool) = Context(ShardSpec.Whole);

        var taken = Enumerable.Range(0, 3 * PoolSize + 7).Select(_ => Position(pool, context.NextRequest())).ToList();

        Assert.Equal(Enumerable.Range(0, taken.Count).Select(i => i % PoolSize), taken);
    }

    [Fact]
    public void NextRequest_Shard_TakesItsOwnPositionsOnly()
    {
        var shard = ShardSpec.Of(1, 3);
        var (context, pool) = Context(shard);

        var taken = Enumerable.Range(0, 2 * RunContext.PositionBlock).Select(_ => Position(pool, context.NextRequest())).ToList();

        Assert.Equal(Enumerable.Range(0, taken.Count).Select(i => (int)(shard.WholeIndex(i) % PoolSize)), taken);
    }

    [Fact]
    public async Task NextRequest_SeveralThreads_TakeWholeBlocksAndNoPositionTwice()
    {
        var (context, pool) = Context(ShardSpec.Whole);
        const int threads = 4, blocksEach = 5;

        var taken = await Task.WhenAll(Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () => Enumerable.Range(0, blocksEach * RunContext.PositionBlock).Select(_ => Position(pool, context.NextRequest())).ToList(),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        // Every thread took whole blocks, so together they went through the stream's first threads x blocks blocks exactly:
        // each pool entry as often as one sender would have sent it.
        var counts = taken.SelectMany(t => t).CountBy(p => p).ToDictionary();
        var sent = threads * blocksEach * RunContext.PositionBlock;
        Assert.All(Enumerable.Range(0, PoolSize), p => Assert.Equal((sent / PoolSize) + (p < sent % PoolSize ? 1 : 0), counts.GetValueOrDefault(p)));
    }

    private static (RunContext Context, PreparedRequest[] Pool) Context(ShardSpec shard)
    {
        var plan = Plans.Open(1, TimeSpan.FromSeconds(1));
        var pool = Enumerable.Range(0, PoolSize).Select(_ => PreparedRequest.Prepare(Plans.Valid, plan.Endpoint.RouteUrl, null)).ToArray();
        return (new RunContext(plan, TimeProvider.System, new OwningTransport(TimeProvider.System, TimeSpan.Zero, 1), pool, CancellationToken.None) { Shard = shard }, pool);
    }

    private static int Position(PreparedRequest[] pool, PreparedRequest request) => Array.IndexOf(pool, request);
}
