namespace Parcours.Domain.Territories;

/// <summary>
/// How many territories of a cohort are at one status, in one region, of one kind and carrier. Kept by the database itself (triggers on the
/// participations, in the same transaction as the change), so that a list can say « 100 000 territoires »
/// without counting them at every page — whatever the filters on these four facets (a sum over at most
/// a few hundred tallies); the application only reads it.
/// </summary>
public sealed class ParticipationTally
{
    private ParticipationTally() { }

    public Guid CohortId { get; private set; }
    public ParticipationStatus Status { get; private set; }
    public FrenchRegion Region { get; private set; }
    public TerritoryKind Kind { get; private set; }
    public CarrierKind CarrierKind { get; private set; }
    public int Count { get; private set; }
}
