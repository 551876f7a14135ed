using System.Globalization;
using MimeKit;
using Microsoft.Extensions.Configuration;

namespace Parcours.Infrastructure.Reminders;

/// <summary>
/// <c>Smtp:*</c>, read and checked once at start. No <c>Smtp:Host</c> means no e-mail (inbox only);
/// a value that does not parse stops the start with a message naming the setting, rather than
/// failing every reminder later.
/// </summary>
internal sealed record SmtpSettings(string Host, int Port, MailboxAddress From, bool EnableSsl, string? UserName, string? Password, int TimeoutSeconds)
{
    public static SmtpSettings? Read(IConfiguration config)
    {
        var section = config.GetSection("Smtp");
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host)) return null;
        var port = Number(section, "Port", 25, 1, 65_535);
        var timeout = Number(section, "TimeoutSeconds", 30, 1, 600);
        var ssl = section["EnableSsl"];
        bool enableSsl = false;
        if (!string.IsNullOrWhiteSpace(ssl) && !bool.TryParse(ssl, out enableSsl))
        {
            throw Invalid("EnableSsl", ssl, "true ou false");
        }
        var from = section["From"];
        if (string.IsNullOrWhiteSpace(from)) throw new InvalidOperationException("Réglage Smtp:From manquant : l'adresse d'expédition des rappels est obligatoire quand Smtp:Host est renseigné.");
        if (!MailboxAddress.TryParse(from.Trim(), out var parsed) || !parsed.Address.Contains('@', StringComparison.Ordinal))
        {
            throw Invalid("From", from, "une adresse e-mail, par exemple parcours@exemple.fr");
        }
        var address = new MailboxAddress(string.IsNullOrWhiteSpace(section["FromName"]) ? "Parcours" : section["FromName"], parsed.Address);
        var user = section["UserName"];
        return new SmtpSettings(host.Trim(), port, address, enableSsl, string.IsNullOrWhiteSpace(user) ? null : user, section["Password"], timeout);
    }

    private static int Number(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var raw = section[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(key, raw, $"un nombre entier de {min} à {max}");
        }
        return value;
    }

    private static InvalidOperationException Invalid(string key, string value, string expected) =>
        new($"Réglage Smtp:{key} invalide : « {value} » n'est pas {expected}. Corrigez appsettings.json ou la variable d'environnement Smtp__{key}.");
}
