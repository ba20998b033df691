using System.Text;
using Harness.Contract.Validation;
using Harness.Generators.Broken;
using Harness.Generators.Valid;

namespace Harness.Contract.Tests.Validation;

/// <summary>
/// The scanner is a fast path only: whenever it takes a body, the reader's pass alone must accept
/// it too and fill the very same slots; everything else is left to the reader. Checked on the
/// generators' valid and broken bodies, hand-picked edge cases and seeded random mutations of all
/// of them, under depth limits that make the scanner's nesting rule matter.
/// </summary>
public sealed class FlatBodyScannerTests
{
    private const int Seed = 20_261_129;
    private const int MutationsPerBody = 24;

    private static readonly ReceiverProfile[] Profiles =
    [
        ReceiverProfile.Strict,
        ReceiverProfile.Lenient,
        ReceiverProfile.Strict with { Name = "depth-2", MaxDepth = 2 },
        ReceiverProfile.Strict with { Name = "depth-3", MaxDepth = 3 },
        ReceiverProfile.Strict with { Name = "depth-17", MaxDepth = 17 },
    ];

    /// <summary>Bytes that steer a mutation into JSON's corners: structure, escapes, numbers, controls, broken UTF-8.</summary>
    private static readonly byte[] Interesting =
        "{}[]\",:\\ \t\r\n0123456789-+.eEtfnul/"u8.ToArray().Concat(new byte[] { 0x00, 0x0C, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF }).ToArray();

    [Fact]
    public void TryRead_GeneratedEdgeAndMutatedBodies_TakesOnlyWhatTheReaderAcceptsWithTheSameSlots()
    {
        var random = new Random(Seed);
        int taken = 0, total = 0;
        foreach (var body in Corpus())
        {
            for (var m = 0; m <= MutationsPerBody; m++)
            {
                var candidate = m == 0 ? body : Mutate(body, random);
                foreach (var profile in Profiles)
                {
                    total++;
                    taken += AgreesWithTheReader(candidate, profile) ? 1 : 0;
                }
            }
        }

        // Not vacuous: the originals and the mutations that miss JSON's structure are taken.
        Assert.True(taken > total / 10, $"the scanner took {taken} of {total} bodies");
    }

    [Fact]
    public void TryRead_GeneratedAlarmsWithoutEscapes_AllTaken()
    {
        var faker = new AlarmFaker(Seed, anchorMilliseconds: 1_709_118_444_540);
        var plain = faker.Take(2_000).Select(a => a.ToUtf8()).Where(b => !b.Contains((byte)'\\')).ToList();

        Assert.NotEmpty(plain);
        Assert.All(plain, body => Assert.True(AgreesWithTheReader(body, ReceiverProfile.Strict), Encoding.UTF8.GetString(body)));
        Assert.True(AgreesWithTheReader(Encoding.UTF8.GetBytes(SpecExample.Json), ReceiverProfile.Strict));
    }

    [Theory]
    [InlineData("\uFEFF{}", "a byte-order mark")]
    [InlineData("{\"alarmId\":\"a\\u0062\"}", "an escape in a value")]
    [InlineData("{\"alarm\\u0049d\":\"a\"}", "an escape in a name")]
    [InlineData("{\"alarmId\":\"a\",\"alarmId\":\"b\"}", "a duplicate field")]
    [InlineData("{\"alarmId\":\"a\tb\"}", "a raw control character")]
    [InlineData("{\"alarmId\":01}", "a leading zero")]
    [InlineData("{\"alarmId\":1.}", "a fraction without digits")]
    [InlineData("{\"alarmId\":tru}", "a cut literal")]
    [InlineData("{\"alarmId\":1,}", "a trailing comma")]
    [InlineData("{} x", "trailing content")]
    [InlineData("{\"a\":1}/**/", "a comment")]
    [InlineData("[]", "an array at the top")]
    [InlineData("", "no body")]
    [InlineData("{\"a\":[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}", "nesting past the scanner's depth")]
    public void TryRead_UncommonShape_LeftToTheReader(string body, string why)
    {
        var slots = default(FieldSlots);
        Assert.False(FlatBodyScanner.TryRead(Encoding.UTF8.GetBytes(body), slots, ReceiverProfile.Strict.MaxDepth, out _), why);
    }

    [Fact]
    public void TryRead_InvalidUtf8InAString_LeftToTheReader()
    {
        byte[] body = [.. "{\"alarmId\":\"a"u8, 0xC3, 0x28, .. "\"}"u8];
        var slots = default(FieldSlots);

        Assert.False(FlatBodyScanner.TryRead(body, slots, ReceiverProfile.Strict.MaxDepth, out _));
        Assert.Equal(BodyProblem.InvalidUtf8, BodyReader.Read(body, slots, ReceiverProfile.Strict, out _, out _));
    }

    /// <summary>True when the scanner took the body, after checking the reader agrees on every slot.</summary>
    private static bool AgreesWithTheReader(byte[] body, ReceiverProfile profile)
    {
        var fast = default(FieldSlots);
        if (!FlatBodyScanner.TryRead(body, fast, profile.MaxDepth, out var ascii))
        {
            return false;
        }

        Assert.Equal(Ascii.IsValid(body), ascii);

        var slow = default(FieldSlots);
        var problem = BodyReader.ReadWithReader(body, slow, profile, out var offset);
        var shown = $"{profile.Name}: {Convert.ToHexString(body)} ({Encoding.UTF8.GetString(body)})";
        Assert.True(problem == BodyProblem.None && offset == 0, $"the scanner took a body the reader rejects as {problem}: {shown}");
        for (var i = 0; i < FieldSlots.Count; i++)
        {
            Assert.True(Same(slow[i], fast[i]), $"slot {i}: reader {Show(slow[i])}, scanner {Show(fast[i])}: {shown}");
        }

        return true;
    }

    private static bool Same(FieldSlot a, FieldSlot b) =>
        a.Kind == b.Kind && a.Text == b.Text && a.Start == b.Start && a.Length == b.Length;

    private static string Show(FieldSlot s) => $"{s.Kind} {s.Start}+{s.Length} {s.Text}";

    internal static IEnumerable<byte[]> Corpus()
    {
        foreach (var body in AlarmValidatorTryAcceptTests.Bodies())
        {
            yield return Encoding.UTF8.GetBytes(body);
        }

        foreach (var valid in ValidCatalogue.All)
        {
            yield return valid.Body;
        }

        foreach (var broken in BrokenCatalogue.All.Where(c => c.Request.Body.Length < 20_000))
        {
            yield return broken.Request.Body;
        }

        foreach (var alarm in new AlarmFaker(Seed, anchorMilliseconds: 1_709_118_444_540).Take(40))
        {
            yield return alarm.ToUtf8();
        }

        string[] values = ["-0", "0", "-1", "1e5", "1E+5", "2.5e-3", "1.0", "123456789012345678901234567890", "true", "false", "null",
            "{}", "[]", "{ }", "[ ]", "[1,[2,[3]]]", "{\"k\":{\"k\":{\"k\":[]}}}", "\"\"", "\" \"", "\"\u00e9\u544a\ud83d\udea8\"", "\"\u007f\""];
        foreach (var value in values)
        {
            yield return Encoding.UTF8.GetBytes(SpecExample.Json.TrimEnd()[..^1] + ", \"additional\": " + value + ", \"extra\" :" + value + "}");
        }

        yield return Encoding.UTF8.GetBytes(" \r\n\t{ \"alarmId\" : \"x\" } \r\n\t");
        yield return Encoding.UTF8.GetBytes("{\"\":1,\"alarmid\":2,\"alarmId\":\"a\"}");
    }

    internal static byte[] Mutate(byte[] body, Random random)
    {
        var bytes = new List<byte>(body);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            // Half the time at the start of a value or name, where the grammar's choices are made.
            var at = random.Next(2) == 0 ? ValueStart(bytes, random) : random.Next(bytes.Count + 1);
            switch (random.Next(5))
            {
                case 0 when at < bytes.Count:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var from = random.Next(bytes.Count + 1);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(1, 40), bytes.Count - from)));
                    break;
            }
        }

        return [.. bytes];
    }

    private static int ValueStart(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count + 1);
        while (at < bytes.Count && bytes[at] is not ((byte)':' or (byte)',' or (byte)'[' or (byte)'{'))
        {
            at++;
        }

        return Math.Min(at + 1, bytes.Count);
    }
}
