using System.Globalization;
using System.Text;
using Harness.Contract.Fields;

namespace Harness.Generators.Broken;

/// <summary>Request paths for each <see cref="KeyVariant"/>.</summary>
public static class KeyVariants
{
    /// <summary>
    /// A key no target is configured with: console-shaped (32 letters and digits) so only its
    /// value, not its shape, is wrong.
    /// </summary>
    public const string UnknownKey = "0unknownKey0unknownKey0unknown00";

    /// <summary>The request path (route prefix included) for a variant of the valid key.</summary>
    public static string PathFor(KeyVariant variant, string validKey)
    {
        ArgumentNullException.ThrowIfNull(validKey);
        return variant switch
        {
            KeyVariant.Valid => IntegrationKeyRule.PathFor(validKey),
            KeyVariant.Missing => IntegrationKeyRule.RoutePrefix,
            KeyVariant.Empty => IntegrationKeyRule.RoutePrefix + "/",
            KeyVariant.Unknown => IntegrationKeyRule.PathFor(UnknownFor(validKey)),
            KeyVariant.TooLong => IntegrationKeyRule.PathFor(TooLong(validKey)),
            KeyVariant.PercentEncoded => IntegrationKeyRule.RoutePrefix + "/" + EncodeEveryByte(validKey),
            KeyVariant.WrongCase => IntegrationKeyRule.PathFor(SwapCase(validKey)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
    }

    /// <summary>True when the variant must be refused whatever the body (401, auth before body).</summary>
    public static bool IsRefused(KeyVariant variant) => variant is not (KeyVariant.Valid or KeyVariant.PercentEncoded);

    // Should the target happen to use UnknownKey itself, a different unknown key is used.
    private static string UnknownFor(string validKey) =>
        validKey == UnknownKey ? "1unknownKey1unknownKey1unknown11" : UnknownKey;

    private static string TooLong(string validKey)
    {
        var builder = new StringBuilder(IntegrationKeyRule.MaxLength + 1);
        while (builder.Length <= IntegrationKeyRule.MaxLength)
        {
            builder.Append(validKey.Length > 0 ? validKey : "k");
        }

        // It starts with the valid key, so a receiver comparing prefixes is caught too.
        return builder.ToString(0, IntegrationKeyRule.MaxLength + 1);
    }

    private static string EncodeEveryByte(string key)
    {
        var builder = new StringBuilder(key.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string SwapCase(string key)
    {
        var chars = key.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var swapped = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            changed |= swapped != chars[i];
            chars[i] = swapped;
        }

        // A key without letters cannot change case; a changed character keeps the variant wrong.
        return changed ? new string(chars) : "X" + key;
    }
}
