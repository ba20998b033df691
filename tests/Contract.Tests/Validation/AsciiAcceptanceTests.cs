using System.Text;
using Harness.Contract.Validation;
using Harness.Generators.Valid;

namespace Harness.Contract.Tests.Validation;

/// <summary>
/// The accepting shortcut may only say yes where the validator's full pass (Validate, which never
/// takes it) accepts with the same id and recovery; every "no" is left to the full pass. Checked on
/// the scanner's corpus and seeded mutations of it, under profiles that change which bodies pass.
/// </summary>
public sealed class AsciiAcceptanceTests
{
    private const int Seed = 20_261_130;
    private const int MutationsPerBody = 16;

    [Fact]
    public void TryAccept_CorpusAndMutations_AcceptsOnlyWhatTheFullPassAcceptsWithTheSameSummary()
    {
        var random = new Random(Seed);
        int accepted = 0, declined = 0;
        foreach (var body in FlatBodyScannerTests.Corpus())
        {
            for (var m = 0; m <= MutationsPerBody; m++)
            {
                var candidate = m == 0 ? body : FlatBodyScannerTests.Mutate(body, random);
                foreach (var profile in AlarmValidatorTryAcceptTests.Profiles)
                {
                    switch (Shortcut(candidate, profile))
                    {
                        case true:
                            accepted++;
                            break;
                        case false:
                            declined++;
                            break;
                        default:
                            break;
                    }
                }
            }
        }

        // Not vacuous: the shortcut both took bodies and turned down bodies the scanner had read.
        Assert.True(accepted > 1_000, $"the shortcut accepted {accepted} bodies");
        Assert.True(declined > 1_000, $"the shortcut declined {declined} scanned bodies");
    }

    [Fact]
    public void TryAccept_GeneratedAsciiAlarms_AllTakenUnderStrict()
    {
        var faker = new AlarmFaker(Seed, anchorMilliseconds: 1_709_118_444_540);
        var plain = faker.Take(2_000).Select(a => a.ToUtf8()).Where(b => Ascii.IsValid(b) && !b.Contains((byte)'\\')).ToList();

        Assert.NotEmpty(plain);
        Assert.All(plain, body => Assert.True(Shortcut(body, ReceiverProfile.Strict), Encoding.UTF8.GetString(body)));
        Assert.True(Shortcut(Encoding.UTF8.GetBytes(SpecExample.Json), ReceiverProfile.Strict));
    }

    /// <summary>
    /// Null when the scanner does not read the body as ASCII (the shortcut is not asked); else whether
    /// the shortcut accepted it, after checking an acceptance against the full pass.
    /// </summary>
    private static bool? Shortcut(byte[] body, ReceiverProfile profile)
    {
        var slots = default(FieldSlots);
        if (!FlatBodyScanner.TryRead(body, slots, profile.MaxDepth, out var ascii) || !ascii)
        {
            return null;
        }

        if (!AsciiAcceptance.TryAccept(slots, body, profile, out var summary))
        {
            return false;
        }

        var full = new AlarmValidator(profile).Validate(body, ContentTypeRule.Canonical);
        var shown = $"{profile.Name}: {Encoding.UTF8.GetString(body)}";
        Assert.True(full.IsValid, $"the shortcut accepted a body the full pass rejects ({full.ErrorMessage}): {shown}");
        Assert.Equal(full.Alarm!.AlarmId, summary.AlarmId);
        Assert.Equal(full.Alarm.IsRecovery, summary.IsRecovery);
        return true;
    }
}
