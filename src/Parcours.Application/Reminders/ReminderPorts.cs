using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>Signed, unforgeable unsubscribe tokens: a link in an e-mail works without signing in, for that person and kind only.</summary>
public interface IUnsubscribeTokens
{
    string Create(Guid personId, ReminderKind kind);
    bool TryRead(string token, out Guid personId, out ReminderKind kind);
}

/// <summary>
/// Where a reminder's links lead: the pages of the web interface (and the unsubscribe address), as
/// absolute addresses. Implemented by the web layer, which owns its routes.
/// </summary>
public interface IReminderLinks
{
    string Home { get; }
    string Session(Guid sessionId);
    string Roadmap(Guid cohortId, Guid territoryId);
    string NextStep(Guid cohortId, Guid territoryId);
    string Meeting(Guid committeeId, Guid meetingId);
    /// <summary>Where a coordinator follows a cohort's absences.</summary>
    string Absences(Guid cohortId);
    string Unsubscribe(string token);
    /// <summary>Where a person chooses how reminders reach them (and how often digests do).</summary>
    string Preferences { get; }
}

/// <summary>The application's scheduling port: asks for the due reminders to be dispatched soon, outside the request.</summary>
public interface IReminderDispatchTrigger
{
    Task RequestDispatchAsync(CancellationToken ct);

    /// <summary>Asks for a dispatch at that moment (reminders fall due then): they leave within seconds of it, not at the next poll.</summary>
    void RequestDispatchAt(DateTime dueAtUtc);
}

/// <summary>
/// How long a claim may sit before its messages not yet handed to the mail server go back to the
/// queue (<see cref="StaleClaim"/>), and how long a handed message may wait for the server's answer
/// before it is declared uncertain (<see cref="InFlight"/>: the SMTP time-out and a margin).
/// </summary>
public sealed record ReminderDispatchSettings(TimeSpan StaleClaim, TimeSpan InFlight);
