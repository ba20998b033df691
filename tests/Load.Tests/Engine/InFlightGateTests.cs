using Harness.Load.Engine;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Engine;

/// <summary>The gate's line: first come, first served, nobody past it, and a waiter that gives up or is stopped holds no slot.</summary>
public class InFlightGateTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task EnterAsync_TwoWaitersAndANewcomer_SlotsGoInOrderOfArrival()
    {
        var clock = new FakeTimeProvider();
        var gate = new InFlightGate();
        Assert.True(gate.TryEnter(1));
        var first = gate.EnterAsync(1, Long, clock, CancellationToken.None).AsTask();
        var second = gate.EnterAsync(1, Long, clock, CancellationToken.None).AsTask();

        gate.Exit();
        // The one whose request just ended comes back for a slot: before, it took the freed one ahead of the line.
        Assert.False(gate.TryEnter(1));
        Assert.True(await first.WaitAsync(Long));
        Assert.False(second.IsCompleted);

        gate.Exit();
        Assert.True(await second.WaitAsync(Long));
        Assert.Equal(1, gate.Count);
    }

    [Fact]
    public async Task EnterAsync_WaiterTimesOut_LeavesTheLineAndTheNextGetsTheSlot()
    {
        var clock = new FakeTimeProvider();
        var gate = new InFlightGate();
        Assert.True(gate.TryEnter(1));
        var impatient = gate.EnterAsync(1, TimeSpan.FromSeconds(1), clock, CancellationToken.None).AsTask();
        var patient = gate.EnterAsync(1, Long, clock, CancellationToken.None).AsTask();

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await impatient.WaitAsync(Long));
        gate.Exit();

        Assert.True(await patient.WaitAsync(Long));
        Assert.Equal(1, gate.Count);
    }

    [Fact]
    public async Task EnterAsync_Stopped_ReturnsFalseAndHoldsNoSlot()
    {
        var clock = new FakeTimeProvider();
        var gate = new InFlightGate();
        using var stop = new CancellationTokenSource();
        Assert.True(gate.TryEnter(1));
        var waiting = gate.EnterAsync(1, Long, clock, stop.Token).AsTask();

        await stop.CancelAsync();
        Assert.False(await waiting.WaitAsync(Long));
        gate.Exit();

        Assert.Equal(0, gate.Count);
        Assert.True(gate.TryEnter(1));
    }
}
