using System.Security.Cryptography;
using System.Text;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A short fingerprint of a text, carried in a form: on a stale save it tells whether the text the
/// writer started from is still the one saved (someone changed another part) or not (a real conflict).
/// </summary>
public static class TextFingerprint
{
    public static string Of(string? text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((text ?? "").ReplaceLineEndings("\n"))))[..16];
}
