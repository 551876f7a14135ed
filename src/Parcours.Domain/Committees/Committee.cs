using Parcours.Domain.Common;

namespace Parcours.Domain.Committees;

public enum CommitteeKind
{
    /// <summary>Comité de pilotage: the partners.</summary>
    Pilotage = 1,
    /// <summary>Comité d'orientation: debates orientations and results.</summary>
    Orientation = 2,
    /// <summary>Comité technique: debates practical and methodological choices.</summary>
    Technique = 3,
}

/// <summary>
/// A seat on a committee: an organisation, and the person who represents it (or none yet), from the
/// day they joined until the day they left.
/// </summary>
public sealed class CommitteeSeat
{
    private CommitteeSeat() { }

    internal CommitteeSeat(Guid committeeId, string organisation, Guid? personId, DateOnly joinedOn)
    {
        Id = Guid.CreateVersion7();
        CommitteeId = committeeId;
        Organisation = organisation.Trim();
        PersonId = personId;
        JoinedOn = joinedOn;
    }

    public Guid Id { get; private set; }
    public Guid CommitteeId { get; private set; }
    public string Organisation { get; private set; } = "";
    public Guid? PersonId { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    public bool SitsOn(DateOnly day) => new ActiveSpan(JoinedOn, LeftOn).ActiveOn(day);

    /// <summary>The same rule as <see cref="SitsOn"/>, for a query the database runs.</summary>
    public static System.Linq.Expressions.Expression<Func<CommitteeSeat, bool>> SitsOnDay(DateOnly day) =>
        s => s.JoinedOn <= day && (s.LeftOn == null || s.LeftOn >= day);

    internal void Leave(DateOnly day)
    {
        Rule.Check(LeftOn is not null, "seat-left", "Ce membre a déjà quitté le comité.");
        Rule.Check(day < JoinedOn, "seat-leave-before-join", $"Le départ ({day:dd/MM/yyyy}) précède l'arrivée ({JoinedOn:dd/MM/yyyy}).");
        LeftOn = day;
    }
}

/// <summary>One of a cohort's three committees, with its member organisations and their representatives.</summary>
public sealed class Committee : AggregateRoot
{
    private readonly List<CommitteeSeat> _seats = [];

    private Committee() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public CommitteeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<CommitteeSeat> Seats => _seats;

    public static Committee Create(Guid cohortId, CommitteeKind kind, string? name) => new()
    {
        Id = Guid.CreateVersion7(),
        CohortId = cohortId,
        Kind = kind,
        Name = string.IsNullOrWhiteSpace(name) ? DefaultName(kind) : name.Trim(),
    };

    /// <summary>
    /// This committee for the next edition: the same kind and name, a seat for each organisation still
    /// sitting — its representative to confirm (none named yet), from <paramref name="joinedOn"/>.
    /// </summary>
    public Committee ForNextEdition(Guid cohortId, DateOnly joinedOn)
    {
        var next = Create(cohortId, Kind, Name);
        foreach (var organisation in _seats.Where(s => s.LeftOn is null).Select(s => s.Organisation).Distinct(StringComparer.Ordinal))
        {
            next._seats.Add(new CommitteeSeat(next.Id, organisation, null, joinedOn));
        }
        return next;
    }

    public CommitteeSeat Seat(string organisation, Guid? personId, DateOnly joinedOn)
    {
        Rule.Check(personId is not null && _seats.Any(s => s.PersonId == personId && s.LeftOn is null), "seat-person-exists",
            "Cette personne siège déjà dans ce comité.");
        var seat = new CommitteeSeat(Id, organisation, personId, joinedOn);
        _seats.Add(seat);
        Raise(new CommitteeMemberSeated(CohortId, Id));
        return seat;
    }

    public void Unseat(Guid seatId, DateOnly day)
    {
        (_seats.SingleOrDefault(s => s.Id == seatId) ?? throw new DomainRuleException("seat-unknown", "Ce membre ne siège pas dans ce comité.")).Leave(day);
        Raise(new CommitteeMemberUnseated(CohortId, Id));
    }

    public static string DefaultName(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Pilotage => "Comité de pilotage",
        CommitteeKind.Orientation => "Comité d'orientation",
        CommitteeKind.Technique => "Comité technique",
        _ => "Comité",
    };
}
