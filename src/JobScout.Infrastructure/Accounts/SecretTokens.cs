using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace JobScout.Infrastructure.Accounts;

/// <summary>Unguessable URL-safe tokens, and the hash under which single-use ones are stored.</summary>
public static class SecretTokens
{
    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Only the hash is stored, so a copy of the database cannot redeem a reset link or invite.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
