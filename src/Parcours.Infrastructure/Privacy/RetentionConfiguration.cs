using System.Globalization;
using Microsoft.Extensions.Configuration;
using Parcours.Application.Privacy;

namespace Parcours.Infrastructure.Privacy;

/// <summary>Reads <c>Retention:*</c> at start; a wrong value stops the start with a French message.</summary>
internal static class RetentionConfiguration
{
    public static RetentionSettings Read(IConfiguration config) => new(
        Months(config, "Retention:FollowUpNotesMonths", RetentionSettings.Default.FollowUpNotesMonths),
        Months(config, "Retention:NotificationsMonths", RetentionSettings.Default.NotificationsMonths),
        config["Retention:Apply"] is { Length: > 0 } apply
            ? bool.TryParse(apply, out var on) ? on : throw new InvalidOperationException($"Réglage Retention:Apply invalide : « {apply} » (true ou false).")
            : RetentionSettings.Default.Apply);

    private static int Months(IConfiguration config, string key, int fallback) =>
        config[key] is { Length: > 0 } raw
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 240
                ? months
                : throw new InvalidOperationException($"Réglage {key} invalide : « {raw} » n'est pas un nombre de mois de 1 à 240.")
            : fallback;
}
