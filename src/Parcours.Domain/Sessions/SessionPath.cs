using Parcours.Domain.Cohorts;
using Parcours.Domain.Common;

namespace Parcours.Domain.Sessions;

/// <summary>The rules that hold across the four sessions of a cohort.</summary>
public static class SessionPath
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>
    /// S1 &lt; S2 &lt; S3 &lt; S4 among the dated sessions that are not cancelled (each one ends before
    /// the next begins), and each inside the réalisation phase unless a reason says why not.
    /// </summary>
    public static void Check(Cohort cohort, IReadOnlyCollection<CollectiveSession> sessions)
    {
        var realisation = cohort.Phase(PhaseKind.Realisation);
        CollectiveSession? previous = null;
        foreach (var session in sessions.Where(s => s.Status != SessionStatus.Cancelled && s.StartsAtUtc is not null).OrderBy(s => s.Number))
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(session.StartsAtUtc!.Value, Paris));
            Rule.Check(!realisation.Contains(day) && session.OutsidePhaseReason is null, "session-outside-realisation",
                $"La session {session.Code} ({day:dd/MM/yyyy}) tombe hors de la phase de réalisation ({realisation.StartDate:dd/MM/yyyy} – {realisation.EndDate:dd/MM/yyyy}) : indiquez un motif pour passer outre.");
            Rule.Check(previous is not null && session.StartsAtUtc < previous.EndsAtUtc, "session-out-of-order",
                $"La session {session.Code} doit avoir lieu après la fin de la session {previous?.Code}.");
            previous = session;
        }
    }
}
