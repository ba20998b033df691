using System.Security.Cryptography;
using Harness.Contract.Fields;

namespace Harness.Fakes;

/// <summary>Makes keys shaped like the COC console's: 32 letters and digits, from a secure random source.</summary>
public static class KeyGenerator
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh key.</summary>
    public static string NewKey() => RandomNumberGenerator.GetString(Alphabet, IntegrationKeyRule.ConsoleKeyLength);
}
