using Parcours.Domain.Common;

namespace Parcours.Domain.Sessions;

/// <summary>
/// What a catalyst who attended a collective session thought of it: three scores from 1 to 5 (content,
/// workshop, guest speaker) and two free answers. Anonymous when its author chose so: then nothing in the
/// row says who wrote it — no person, no time, an id drawn at random (not ordered by time), a table kept in
/// key order (no insertion order) — and the separate <see cref="FeedbackReceipt"/> only says that someone
/// answered, so that they cannot answer twice.
/// </summary>
public sealed class SessionFeedback
{
    public const int ClosesAfterDays = 30;
    public const int TextMax = 2_000;

    private SessionFeedback() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid CohortId { get; private set; }
    /// <summary>Null when anonymous.</summary>
    public Guid? PersonId { get; private set; }
    public int ContentScore { get; private set; }
    public int WorkshopScore { get; private set; }
    public int GuestScore { get; private set; }
    public string? TakeAway { get; private set; }
    public string? Missing { get; private set; }

    /// <summary>The last day a session's participants may answer: <see cref="ClosesAfterDays"/> days after it.</summary>
    public static DateOnly? ClosingDay(DateOnly? sessionDay) =>
        sessionDay is not { } day ? null : day.DayNumber > DateOnly.MaxValue.DayNumber - ClosesAfterDays ? DateOnly.MaxValue : day.AddDays(ClosesAfterDays);

    /// <summary>
    /// Why this person may not answer now, or null when they may: the session took place (it is not before its
    /// day), the window is still open, the person attended, and has not answered yet. The same rules for the
    /// answer and for the page that says where the person stands.
    /// </summary>
    public static (string Code, string Message)? Refusal(CollectiveSession session, DateOnly? sessionDay, DateOnly today, bool attended, bool alreadyAnswered) =>
        alreadyAnswered ? ("feedback-already-given", "Vous avez déjà répondu au questionnaire de cette séance : une seule réponse par personne.")
        : session.Status == SessionStatus.Cancelled ? ("feedback-not-open", "La séance est annulée : pas de questionnaire.")
        : sessionDay is null || today < sessionDay ? ("feedback-not-open", "Le questionnaire s'ouvre le jour de la séance, une fois celle-ci tenue.")
        : today > ClosingDay(sessionDay) ? ("feedback-closed", $"Le questionnaire de cette séance est clos depuis le {ClosingDay(sessionDay):dd/MM/yyyy}.")
        : !attended ? ("feedback-not-attended", "Seules les personnes présentes à la séance répondent à son questionnaire.")
        : null;

    /// <summary>An answer, if <see cref="Refusal"/> finds nothing against it.</summary>
    public static (SessionFeedback Answer, FeedbackReceipt Receipt) Give(CollectiveSession session, DateOnly? sessionDay, DateOnly today,
        Guid personId, bool attended, bool alreadyAnswered, int contentScore, int workshopScore, int guestScore, string? takeAway, string? missing, bool anonymous)
    {
        if (Refusal(session, sessionDay, today, attended, alreadyAnswered) is { } refusal) throw new DomainRuleException(refusal.Code, refusal.Message);
        foreach (var score in new[] { contentScore, workshopScore, guestScore })
        {
            Rule.Check(score is < 1 or > 5, "feedback-score", "Une note va de 1 à 5.");
        }
        var answer = new SessionFeedback
        {
            // Random, not version 7: a time-ordered id would tell when an anonymous answer was given.
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            CohortId = session.CohortId,
            PersonId = anonymous ? null : personId,
            ContentScore = contentScore,
            WorkshopScore = workshopScore,
            GuestScore = guestScore,
            TakeAway = Blank(takeAway),
            Missing = Blank(missing),
        };
        return (answer, new FeedbackReceipt(session.Id, personId));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>That a person answered a session's questionnaire — and nothing of what they answered.</summary>
public sealed class FeedbackReceipt
{
    private FeedbackReceipt() { }

    public FeedbackReceipt(Guid sessionId, Guid personId)
    {
        SessionId = sessionId;
        PersonId = personId;
    }

    public Guid SessionId { get; private set; }
    public Guid PersonId { get; private set; }
}
