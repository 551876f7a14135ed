using Parcours.Domain.Common;
using Parcours.Domain.Territories;

namespace Parcours.Tests.Domain;

public sealed class ParticipationRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static Participation Solicited() => Participation.Solicit(Guid.NewGuid(),
        new Territory(new TerritoryProfile("Pays de Redon", TerritoryKind.PaysPetr, FrenchRegion.Bretagne, CarrierKind.Fondation), Now),
        new DateOnly(2017, 12, 4), "coord", Now);

    [Fact]
    public void Accept_ThenWithdraw_KeepsEveryStepDated()
    {
        var p = Solicited();
        p.Accept(new DateOnly(2018, 1, 15), "coord", Now);
        p.Withdraw(new DateOnly(2018, 6, 1), "Départ du catalyseur", "coord", Now);
        Assert.Equal(ParticipationStatus.Withdrawn, p.Status);
        Assert.Equal([ParticipationStatus.Solicited, ParticipationStatus.Accepted, ParticipationStatus.Withdrawn], p.Events.Select(e => e.Status));
        Assert.Equal("Départ du catalyseur", p.Events[^1].Reason);
    }

    [Fact]
    public void Accept_WhenDeclined_IsRefused()
    {
        var p = Solicited();
        p.Decline(new DateOnly(2018, 1, 19), "Pour raison de temporalité non appropriée", "coord", Now);
        Assert.Equal("participation-not-solicited", Assert.Throws<DomainRuleException>(() => p.Accept(new DateOnly(2018, 2, 1), "coord", Now)).Code);
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var p = Solicited();
        p.Accept(new DateOnly(2018, 1, 15), "coord", Now);
        Assert.Throws<DomainRuleException>(() => p.Accept(new DateOnly(2018, 1, 16), "coord", Now));
        Assert.Equal(2, p.Events.Count);
    }

    [Fact]
    public void Withdraw_WhenOnlySolicited_IsRefused() =>
        Assert.Equal("participation-not-accepted", Assert.Throws<DomainRuleException>(() => Solicited().Withdraw(new DateOnly(2018, 1, 15), "x", "coord", Now)).Code);

    [Fact]
    public void Decline_WithoutReason_IsRefused() =>
        Assert.Equal("participation-reason-required", Assert.Throws<DomainRuleException>(() => Solicited().Decline(new DateOnly(2018, 1, 15), " ", "coord", Now)).Code);

    [Fact]
    public void Accept_DatedBeforeTheInvitation_IsRefused() =>
        Assert.Equal("participation-date-before-previous", Assert.Throws<DomainRuleException>(() => Solicited().Accept(new DateOnly(2017, 1, 1), "coord", Now)).Code);
}
