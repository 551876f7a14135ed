using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>The French names of the kinds of reminder, as preferences, unsubscribe pages and skip reasons say them.</summary>
public static class ReminderLabels
{
    public static string Kind(ReminderKind kind) => kind switch
    {
        ReminderKind.Sessions => "Sessions collectives",
        ReminderKind.Roadmaps => "Feuille de route",
        ReminderKind.NextSteps => "Prochaines étapes",
        ReminderKind.Committees => "Comités",
        ReminderKind.Absences => "Absences",
        _ => kind.ToString(),
    };
}
