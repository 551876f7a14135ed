using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Infrastructure.Reminders;

/// <summary>Data-protection tokens (the keys shared by all instances): person and kind, signed and encrypted.</summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private readonly IDataProtector _protector = provider.CreateProtector("Parcours.Reminders.Unsubscribe.v1");

    public string Create(Guid personId, ReminderKind kind) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes($"{personId:N}:{(int)kind}")));

    public bool TryRead(string token, out Guid personId, out ReminderKind kind)
    {
        personId = default;
        kind = default;
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            var parts = text.Split(':');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out personId)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) || !Enum.IsDefined((ReminderKind)k))
            {
                return false;
            }
            kind = (ReminderKind)k;
            return true;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
