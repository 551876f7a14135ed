using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

public sealed record TerritoryDto(
    Guid Id, string Name, TerritoryKind Kind, string KindLabel, FrenchRegion Region, string RegionLabel,
    CarrierKind CarrierKind, string CarrierKindLabel, string? OfficialCode,
    string? ContactName, string? ContactEmail, string? ContactPhone)
{
    public static TerritoryDto From(Territory t) => new(
        t.Id, t.Name, t.Kind, FrenchLabels.Label(t.Kind), t.Region, FrenchLabels.Label(t.Region),
        t.CarrierKind, FrenchLabels.Label(t.CarrierKind), t.OfficialCode, t.ContactName, t.ContactEmail, t.ContactPhone);
}

public sealed record ParticipationEventDto(ParticipationStatus Status, string StatusLabel, DateOnly Date, string? Reason, string RecordedBy, DateTime RecordedAtUtc);

/// <summary>A territory as seen from one cohort: its profile and where its invitation stands.</summary>
/// <summary>A member of a territory's binôme as the community sees them: name and professional e-mail.</summary>
public sealed record BinomeMemberDto(string FirstName, string LastName, string Email);

public sealed record CohortTerritoryDto(
    Guid CohortId, TerritoryDto Territory, ParticipationStatus Status, string StatusLabel,
    DateOnly StatusDate, string? StatusReason, IReadOnlyList<ParticipationEventDto>? History,
    IReadOnlyList<BinomeMemberDto>? Binome = null)
{
    /// <summary>
    /// What a catalyst sees of another participating territory: what the community needs (name,
    /// profile, the binôme), never the contact details nor the invitation's story.
    /// </summary>
    public static CohortTerritoryDto ForCommunity(Participation p, Territory t, IReadOnlyList<BinomeMemberDto> binome) => new(
        p.CohortId, TerritoryDto.From(t) with { ContactName = null, ContactEmail = null, ContactPhone = null },
        p.Status, Participation.Label(p.Status), p.StatusDate, null, null, binome);

    public static CohortTerritoryDto From(Participation p, Territory t, bool withHistory) => new(
        p.CohortId, TerritoryDto.From(t), p.Status, Participation.Label(p.Status), p.StatusDate, p.StatusReason,
        withHistory
            ? [.. p.Events.OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id)
                .Select(e => new ParticipationEventDto(e.Status, Participation.Label(e.Status), e.Date, e.Reason, e.RecordedBy, e.RecordedAtUtc))]
            : null);
}

internal sealed class TerritoryProfileValidator : AbstractValidator<TerritoryProfile>
{
    public TerritoryProfileValidator()
    {
        RuleFor(x => x.Name).RequiredName("nom");
        RuleFor(x => x.Kind).KnownValue("type de territoire");
        RuleFor(x => x.Region).KnownValue("région");
        RuleFor(x => x.CarrierKind).KnownValue("structure porteuse");
        RuleFor(x => x.OfficialCode).OptionalText("code officiel", 20);
        RuleFor(x => x.ContactName).OptionalText("contact");
        RuleFor(x => x.ContactEmail).EmailAddress("e-mail du contact");
        RuleFor(x => x.ContactPhone).OptionalText("téléphone du contact", 30);
    }
}
