using Parcours.Domain.Common;
using Parcours.Domain.Pairs;

namespace Parcours.Tests.Domain;

public sealed class PairRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static Pair Formed() => Pair.Form(Guid.NewGuid(), Guid.NewGuid(), A, B, new DateOnly(2018, 3, 1), Now);

    [Fact]
    public void Form_WithTheSamePersonTwice_IsRefused() =>
        Assert.Equal("pair-same-person", Assert.Throws<DomainRuleException>(() => Pair.Form(Guid.NewGuid(), Guid.NewGuid(), A, A, new DateOnly(2018, 3, 1), Now)).Code);

    [Fact]
    public void Join_AFullPair_IsRefused()
    {
        var pair = Formed();
        Assert.Equal("pair-full", Assert.Throws<DomainRuleException>(() => pair.Join(C, new DateOnly(2018, 4, 1))).Code);
        Assert.Equal(2, pair.ActiveMembers.Count());
    }

    [Fact]
    public void Replace_KeepsWhoWasThereAndUntilWhen()
    {
        var pair = Formed();
        pair.Replace(A, C, new DateOnly(2018, 6, 1));
        Assert.Equal(new[] { B, C }.Order(), pair.ActiveMembers.Select(m => m.PersonId).Order());
        var gone = pair.Members.Single(m => m.PersonId == A);
        Assert.Equal(new DateOnly(2018, 3, 1), gone.FromDate);
        Assert.Equal(new DateOnly(2018, 6, 1), gone.UntilDate);
    }

    [Fact]
    public void Replace_SomeoneWhoIsNotAMember_IsRefused() =>
        Assert.Equal("pair-member-not-active", Assert.Throws<DomainRuleException>(() => Formed().Replace(C, Guid.NewGuid(), new DateOnly(2018, 6, 1))).Code);

    [Fact]
    public void Leave_ThenJoin_FillsTheEmptySeat()
    {
        var pair = Formed();
        pair.Leave(A, new DateOnly(2018, 6, 1));
        Assert.Single(pair.ActiveMembers);
        pair.Join(C, new DateOnly(2018, 7, 1));
        Assert.Equal(2, pair.ActiveMembers.Count());
        Assert.Equal(3, pair.Members.Count);
    }

    [Fact]
    public void Leave_BeforeJoining_IsRefused() =>
        Assert.Equal("pair-leave-before-join", Assert.Throws<DomainRuleException>(() => Formed().Leave(A, new DateOnly(2018, 1, 1))).Code);
}
