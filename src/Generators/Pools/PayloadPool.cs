using System.Buffers;
using Harness.Contract.Envelopes;
using Harness.Contract.Validation;
using Harness.Generators.Broken;
using Harness.Generators.Seeds;
using Harness.Generators.Streams;
using Harness.Generators.Valid;

namespace Harness.Generators.Pools;

/// <summary>
/// Payloads serialized once to UTF-8 before a load run, so taking one during the run costs an
/// interlocked increment and a struct copy: no allocation, no serialization.
/// </summary>
public sealed class PayloadPool
{
    private readonly PooledPayload[] _payloads;
    private long _cursor = -1;

    private PayloadPool(PooledPayload[] payloads, PayloadPoolOptions options)
    {
        _payloads = payloads;
        Options = options;
    }

    /// <summary>The options the pool was built from (its seed traces every payload).</summary>
    public PayloadPoolOptions Options { get; }

    public int Count => _payloads.Length;

    public PooledPayload this[int index] => _payloads[index];

    /// <summary>The next payload, round robin from index 0; thread-safe and allocation-free.</summary>
    public PooledPayload Next()
    {
        var ticket = (ulong)Interlocked.Increment(ref _cursor);
        return _payloads[(int)(ticket % (ulong)_payloads.Length)];
    }

    /// <summary>
    /// Builds the pool: broken entries (an exact share, at seed-chosen positions, cycling through
    /// the body-level catalogue cases) and valid entries (independent alarms, or a stream).
    /// </summary>
    /// <exception cref="ArgumentException">The options have problems (all are listed).</exception>
    public static PayloadPool Build(PayloadPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        var broken = options.BrokenShare > 0 ? EligibleCases(options) : [];
        if (options.BrokenShare > 0 && broken.Count == 0)
        {
            problems = [.. problems, $"{nameof(options.BrokenCasePrefixes)}: no body-level broken case matches."];
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid payload pool options: " + string.Join(" ", problems), nameof(options));
        }

        var anchor = options.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var isBroken = BrokenPositions(options);
        var payloads = new PooledPayload[options.Size];
        var success = ResponseCodes.For(ResponseKind.Success);

        var brokenSeen = 0;
        for (var i = 0; i < payloads.Length; i++)
        {
            if (isBroken[i])
            {
                var item = broken[brokenSeen++ % broken.Count];
                var expected = item.For(options.Profile);
                payloads[i] = new PooledPayload(item.Request.Body, item.Request.ContentType!, expected.Status,
                    expected.ErrorCode, i, item.Id);
            }
        }

        foreach (var (index, body) in ValidBodies(options, anchor, isBroken))
        {
            payloads[index] = new PooledPayload(body, ContentTypeRule.Canonical, success.Status, success.ErrorCode, index, null);
        }

        return new PayloadPool(payloads, options);
    }

    private static IReadOnlyList<BrokenCase> EligibleCases(PayloadPoolOptions options) =>
        [.. BrokenCatalogue.All.Where(c => c.IsBodyLevel && c.Request.ContentType is not null
            && (options.BrokenCasePrefixes is null || options.BrokenCasePrefixes.Any(p => c.Id.StartsWith(p, StringComparison.Ordinal))))];

    // Exactly round(Size × share) positions, shuffled by the seed.
    private static bool[] BrokenPositions(PayloadPoolOptions options)
    {
        var isBroken = new bool[options.Size];
        var count = (int)Math.Round(options.Size * options.BrokenShare, MidpointRounding.AwayFromZero);
        for (var i = 0; i < count; i++)
        {
            isBroken[i] = true;
        }

        ReseedableRandomizer.At(options.Seed, -2).Shuffle(isBroken).ToArray().CopyTo(isBroken, 0);
        return isBroken;
    }

    private static IEnumerable<(int Index, ReadOnlyMemory<byte> Body)> ValidBodies(PayloadPoolOptions options, long anchor, bool[] isBroken)
    {
        var slab = new PayloadSlab();
        var writer = new ArrayBufferWriter<byte>(4096);
        if (options.Stream is { } streamOptions)
        {
            using var events = new AlarmStream(streamOptions, options.Seed, anchor).GetEnumerator();
            for (var i = 0; i < isBroken.Length; i++)
            {
                if (!isBroken[i] && events.MoveNext())
                {
                    yield return (i, Serialize(events.Current.Alarm, writer, slab));
                }
            }

            yield break;
        }

        // Sequential on purpose: Bogus guards every draw with one process-wide lock, so threads
        // would mostly queue on it.
        var faker = new AlarmFaker(options.Seed, anchor);
        for (var i = 0; i < isBroken.Length; i++)
        {
            if (!isBroken[i])
            {
                yield return (i, Serialize(faker.Generate(i), writer, slab));
            }
        }
    }

    private static ReadOnlyMemory<byte> Serialize(GeneratedAlarm alarm, ArrayBufferWriter<byte> writer, PayloadSlab slab)
    {
        writer.ResetWrittenCount();
        alarm.WriteTo(writer);
        return slab.Append(writer.WrittenSpan);
    }
}
