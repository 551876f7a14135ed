using Parcours.Domain.Common;

namespace Parcours.Domain.Sessions;

public enum VoteStatus
{
    Open = 1,
    /// <summary>Closed with a winner (by the votes or by the coordinator's decision on a tie).</summary>
    Decided = 2,
    /// <summary>Closed on a tie: the coordinator must decide.</summary>
    Tied = 3,
}

public sealed record VoteOption(Guid Id, string Label);

/// <summary>
/// The participants' choice of S3's deepening topic. Each catalyst of the cohort holds one ballot
/// and may change it until the close; the close sets S3's topic, or leaves a tie to the coordinator.
/// </summary>
public sealed class TopicVote
{
    public static readonly IReadOnlyList<string> DefaultTopics =
    [
        "Changement d'échelle de l'innovation sociale",
        "Évaluation de l'impact des alliances",
        "Tiers-lieux & dialogue territorial",
        "Modèles socio-économiques hybrides",
        "RSE & partenariats",
    ];

    private TopicVote() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public VoteStatus Status { get; private set; }
    private List<VoteOption> _options = [];
    public IReadOnlyList<VoteOption> Options => _options;
    private List<Ballot> _ballots = [];
    public IReadOnlyList<Ballot> Ballots => _ballots;
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public Guid? WinnerOptionId { get; private set; }

    public static TopicVote Open(Guid cohortId, IReadOnlyCollection<string> options, DateTime nowUtc)
    {
        var labels = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Rule.Check(labels.Count < 2, "vote-options-too-few", "Un vote propose au moins deux thèmes différents.");
        return new TopicVote
        {
            Id = Guid.CreateVersion7(),
            CohortId = cohortId,
            Status = VoteStatus.Open,
            _options = [.. labels.Select(l => new VoteOption(Guid.CreateVersion7(), l))],
            OpenedAtUtc = nowUtc,
        };
    }

    public void Cast(Guid personId, Guid optionId, DateTime nowUtc)
    {
        Rule.Check(Status != VoteStatus.Open, "vote-closed", "Le vote est clos : il n'est plus possible de voter.");
        Rule.Check(Options.All(o => o.Id != optionId), "vote-option-unknown", "Ce thème ne fait pas partie du vote.");
        var ballot = Ballots.SingleOrDefault(b => b.PersonId == personId);
        if (ballot is null) _ballots.Add(new Ballot(Id, personId, optionId, nowUtc));
        else ballot.Change(optionId, nowUtc);
    }

    /// <summary>Closes the vote; returns the winning topic, or null on a tie.</summary>
    public string? Close(DateTime nowUtc)
    {
        Rule.Check(Status != VoteStatus.Open, "vote-closed", "Le vote est déjà clos.");
        ClosedAtUtc = nowUtc;
        var counts = Counts();
        var best = counts.Values.DefaultIfEmpty(0).Max();
        var leaders = counts.Where(c => c.Value == best).Select(c => c.Key).ToList();
        if (leaders.Count != 1)
        {
            Status = VoteStatus.Tied;
            return null;
        }
        Status = VoteStatus.Decided;
        WinnerOptionId = leaders[0];
        return Winner;
    }

    /// <summary>The coordinator settles a tie between the leading topics.</summary>
    public string Decide(Guid optionId)
    {
        Rule.Check(Status != VoteStatus.Tied, "vote-not-tied", "Seul un vote clos à égalité attend une décision.");
        var counts = Counts();
        var best = counts.Values.Max();
        Rule.Check(!counts.TryGetValue(optionId, out var count) || count != best, "vote-decision-not-a-leader",
            "La décision départage les thèmes arrivés en tête, et eux seuls.");
        Status = VoteStatus.Decided;
        WinnerOptionId = optionId;
        return Winner!;
    }

    public string? Winner => Options.SingleOrDefault(o => o.Id == WinnerOptionId)?.Label;

    public IReadOnlyDictionary<Guid, int> Counts() =>
        Options.ToDictionary(o => o.Id, o => Ballots.Count(b => b.OptionId == o.Id));
}

public sealed class Ballot
{
    private Ballot() { }

    internal Ballot(Guid voteId, Guid personId, Guid optionId, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        VoteId = voteId;
        PersonId = personId;
        OptionId = optionId;
        CastAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid VoteId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid OptionId { get; private set; }
    public DateTime CastAtUtc { get; private set; }

    internal void Change(Guid optionId, DateTime nowUtc)
    {
        OptionId = optionId;
        CastAtUtc = nowUtc;
    }
}
