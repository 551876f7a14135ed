using Parcours.Domain.Common;

namespace Parcours.Domain.Pairs;

/// <summary>
/// A « binôme »: the two catalysts who represent one territory in a cohort. Members come and go,
/// but nobody is erased: a membership is closed with the day it ended.
/// </summary>
public sealed class Pair : AggregateRoot
{
    public const int Size = 2;
    private readonly List<PairMember> _members = [];

    private Pair() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<PairMember> Members => _members;
    public IEnumerable<PairMember> ActiveMembers => _members.Where(m => m.UntilDate is null);

    public static Pair Form(Guid cohortId, Guid territoryId, Guid firstPersonId, Guid secondPersonId, DateOnly fromDate, DateTime nowUtc)
    {
        Rule.Check(firstPersonId == secondPersonId, "pair-same-person",
            "Un binôme réunit deux personnes différentes.");
        var pair = new Pair { Id = Guid.CreateVersion7(), CohortId = cohortId, TerritoryId = territoryId, CreatedAtUtc = nowUtc };
        pair._members.Add(new PairMember(pair.Id, cohortId, firstPersonId, fromDate));
        pair._members.Add(new PairMember(pair.Id, cohortId, secondPersonId, fromDate));
        pair.Raise(new PairMemberJoined(cohortId, pair.Id, firstPersonId));
        pair.Raise(new PairMemberJoined(cohortId, pair.Id, secondPersonId));
        return pair;
    }

    /// <summary>One member leaves and another takes the seat on the same day.</summary>
    public void Replace(Guid outgoingPersonId, Guid incomingPersonId, DateOnly date)
    {
        Leave(outgoingPersonId, date);
        Join(incomingPersonId, date);
    }

    /// <summary>A member leaves without a successor yet: the binôme is incomplete until someone joins.</summary>
    public void Leave(Guid personId, DateOnly date)
    {
        var member = ActiveMembers.SingleOrDefault(m => m.PersonId == personId)
            ?? throw new DomainRuleException("pair-member-not-active", "Cette personne n'est pas membre actif du binôme.");
        Rule.Check(date < member.FromDate, "pair-leave-before-join",
            $"La date de départ ({date:dd/MM/yyyy}) précède l'arrivée dans le binôme ({member.FromDate:dd/MM/yyyy}).");
        member.Close(date);
        Raise(new PairMemberLeft(CohortId, Id, personId));
    }

    public void Join(Guid personId, DateOnly date)
    {
        Rule.Check(ActiveMembers.Count() >= Size, "pair-full",
            "Un binôme compte exactement deux catalyseurs : remplacez un membre plutôt que d'en ajouter un troisième.");
        Rule.Check(ActiveMembers.Any(m => m.PersonId == personId), "pair-already-member",
            "Cette personne est déjà membre du binôme.");
        Rule.Check(_members.Any(m => m.UntilDate > date), "pair-join-before-last-departure",
            "L'arrivée ne peut pas précéder le départ du membre remplacé.");
        _members.Add(new PairMember(Id, CohortId, personId, date));
        Raise(new PairMemberJoined(CohortId, Id, personId));
    }
}

public sealed class PairMember
{
    private PairMember() { }

    internal PairMember(Guid pairId, Guid cohortId, Guid personId, DateOnly fromDate)
    {
        Id = Guid.CreateVersion7();
        PairId = pairId;
        CohortId = cohortId;
        PersonId = personId;
        FromDate = fromDate;
    }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    /// <summary>Copied from the pair so that the database can hold « one active binôme per person and cohort ».</summary>
    public Guid CohortId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly? UntilDate { get; private set; }

    internal void Close(DateOnly date) => UntilDate = date;
}
