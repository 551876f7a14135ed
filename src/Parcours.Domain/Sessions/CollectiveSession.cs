using Parcours.Domain.Common;

namespace Parcours.Domain.Sessions;

public enum SessionStatus
{
    Planned = 1,
    Cancelled = 2,
}

public enum ResourceKind
{
    Methodes = 1,
    Exemples = 2,
    Donnees = 3,
    Outils = 4,
    Competences = 5,
}

public sealed record AgendaSegment(TimeOnly Start, string Title, TimeOnly? End = null);

/// <summary>A speaker; one who is also a known person (<paramref name="PersonId"/>) gets the session's reminders.</summary>
public sealed record Speaker(string Name, string? Organisation = null, string? Role = null, Guid? PersonId = null);

public sealed record SessionResource(string Title, string Url, ResourceKind Kind);

/// <summary>A dated change of a session's schedule, kept when it is rescheduled.</summary>
public sealed record ScheduleChange(DateTime? PreviousStartUtc, int PreviousDurationMinutes, DateTime NewStartUtc, int NewDurationMinutes, string? Reason, string ChangedBy, DateTime ChangedAtUtc);

/// <summary>
/// One of the four collective sessions S1–S4 of a cohort. Created with its default title and
/// outline, then dated and detailed by coordinators. A rescheduled session keeps its former dates;
/// a cancelled one stays, marked cancelled. <see cref="Sequence"/> counts the changes calendars see.
/// </summary>
public sealed class CollectiveSession : AggregateRoot
{
    public const int Count = 4;

    private CollectiveSession() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    /// <summary>1 to 4, for S1 to S4.</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string Theory { get; private set; } = "";
    public string Workshop { get; private set; } = "";
    public string Guest { get; private set; } = "";
    /// <summary>The deepening topic of S3, chosen by the participants' vote.</summary>
    public string? Topic { get; private set; }
    public DateTime? StartsAtUtc { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? VenueName { get; private set; }
    public string? VenueAddress { get; private set; }
    public string? OnlineLink { get; private set; }
    public SessionStatus Status { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Why a coordinator placed the session outside the réalisation phase, when they did.</summary>
    public string? OutsidePhaseReason { get; private set; }
    public int Sequence { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    private List<AgendaSegment> _agenda = [];
    public IReadOnlyList<AgendaSegment> Agenda => _agenda;
    private List<Speaker> _speakers = [];
    public IReadOnlyList<Speaker> Speakers => _speakers;
    private List<SessionResource> _resources = [];
    public IReadOnlyList<SessionResource> Resources => _resources;
    private List<ScheduleChange> _history = [];
    public IReadOnlyList<ScheduleChange> History => _history;
    public string Code => $"S{Number}";
    public DateTime? EndsAtUtc => StartsAtUtc?.AddMinutes(DurationMinutes);

    /// <summary>The four sessions of a new cohort, with the path's default titles and outlines.</summary>
    public static IReadOnlyList<CollectiveSession> DefaultPath(Guid cohortId, DateTime nowUtc) =>
    [
        Default(cohortId, 1, "Comprendre",
            "État de la co-construction : enjeux des territoires (définition, fragilités, cohérence, acteurs), formes et impacts des alliances.",
            "Revue des actions de co-construction de chaque participant et des freins rencontrés.", nowUtc),
        Default(cohortId, 2, "Mettre en œuvre",
            "Identifier les enjeux du territoire, positionner et piloter la co-construction, pérenniser l'ingénierie.",
            "Co-développement sur la revue et plan de mise en œuvre.", nowUtc),
        Default(cohortId, 3, "Approfondir",
            "Thème d'approfondissement choisi collectivement par les participants.",
            "Atelier de partage et définition de la feuille de route.", nowUtc),
        Default(cohortId, 4, "Mettre en perspective",
            "L'intérêt général en mutation : écosystème, pouvoir d'agir des citoyens et des organisations, co-construction du bien commun.",
            "Pitch de la feuille de route.", nowUtc),
    ];

    private static CollectiveSession Default(Guid cohortId, int number, string title, string theory, string workshop, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CohortId = cohortId,
        Number = number,
        Title = title,
        Theory = theory,
        Workshop = workshop,
        Guest = number == 4 ? "Rencontre inspirante : un décideur institutionnel." : "Rencontre inspirante : un acteur public ou privé.",
        DurationMinutes = 360,
        Status = SessionStatus.Planned,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>
    /// This session for the next edition: its contents — title, theory, workshop, guest, agenda, resources,
    /// venue, duration — to be dated again; not its dates, its history, its vote's topic nor its speakers (people).
    /// </summary>
    public CollectiveSession ForNextEdition(Guid cohortId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CohortId = cohortId,
        Number = Number,
        Title = Title,
        Theory = Theory,
        Workshop = Workshop,
        Guest = Guest,
        DurationMinutes = DurationMinutes,
        VenueName = VenueName,
        VenueAddress = VenueAddress,
        Status = SessionStatus.Planned,
        UpdatedAtUtc = nowUtc,
        _agenda = [.. _agenda],
        _resources = [.. _resources],
    };

    public void Schedule(DateTime startsAtUtc, int durationMinutes, string? outsidePhaseReason, string? reason, string changedBy, DateTime nowUtc)
    {
        EnsureNotCancelled();
        Rule.Check(durationMinutes is < 15 or > 24 * 60, "session-duration-invalid", "La durée d'une session est comprise entre 15 minutes et 24 heures.");
        if (StartsAtUtc is not null && (StartsAtUtc != startsAtUtc || DurationMinutes != durationMinutes))
        {
            _history.Add(new ScheduleChange(StartsAtUtc, DurationMinutes, startsAtUtc, durationMinutes, Blank(reason), changedBy, nowUtc));
        }
        StartsAtUtc = startsAtUtc;
        DurationMinutes = durationMinutes;
        OutsidePhaseReason = Blank(outsidePhaseReason);
        Touch(nowUtc);
        Raise(new SessionScheduled(CohortId, Id));
    }

    public void Describe(SessionDetails details, DateTime nowUtc)
    {
        EnsureNotCancelled();
        Title = details.Title.Trim();
        Theory = details.Theory?.Trim() ?? "";
        Workshop = details.Workshop?.Trim() ?? "";
        Guest = details.Guest?.Trim() ?? "";
        VenueName = Blank(details.VenueName);
        VenueAddress = Blank(details.VenueAddress);
        OnlineLink = Blank(details.OnlineLink);
        _agenda = [.. details.Agenda.OrderBy(a => a.Start)];
        _speakers = [.. details.Speakers];
        _resources = [.. details.Resources];
        Touch(nowUtc);
        Raise(new SessionDescribed(CohortId, Id));
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        EnsureNotCancelled();
        Rule.Check(string.IsNullOrWhiteSpace(reason), "session-cancel-reason-required", "Le motif d'annulation est obligatoire.");
        Status = SessionStatus.Cancelled;
        CancellationReason = reason.Trim();
        Touch(nowUtc);
        Raise(new SessionCancelled(CohortId, Id));
    }

    public void SetTopic(string topic, DateTime nowUtc)
    {
        Rule.Check(Number != 3, "session-topic-s3-only", "Seule la session S3 a un thème d'approfondissement.");
        Topic = topic.Trim();
        Touch(nowUtc);
    }

    private void EnsureNotCancelled() =>
        Rule.Check(Status == SessionStatus.Cancelled, "session-cancelled", $"La session {Code} est annulée : elle ne peut plus être modifiée.");

    private void Touch(DateTime nowUtc)
    {
        Sequence++;
        UpdatedAtUtc = nowUtc;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record SessionDetails(
    string Title, string? Theory, string? Workshop, string? Guest,
    string? VenueName, string? VenueAddress, string? OnlineLink,
    IReadOnlyList<AgendaSegment> Agenda, IReadOnlyList<Speaker> Speakers, IReadOnlyList<SessionResource> Resources);
