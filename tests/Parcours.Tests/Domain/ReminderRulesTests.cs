using Parcours.Domain.Common;
using Parcours.Domain.Reminders;

namespace Parcours.Tests.Domain;

/// <summary>The reminder's state machine: each transition from the right state, and a refusal with its rule code from a wrong one.</summary>
public sealed class ReminderRulesTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Reminder New() => new(ReminderRule.SessionEve, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Due, Due.AddDays(1), Due.AddDays(-10));

    private static Reminder Claimed()
    {
        var reminder = New();
        reminder.Claim(Guid.NewGuid(), Due);
        return reminder;
    }

    [Fact]
    public void Claim_WhenScheduledAndDue_MovesToSending()
    {
        var reminder = New();
        var token = Guid.NewGuid();
        reminder.Claim(token, Due.AddMinutes(1));
        Assert.Equal(ReminderStatus.Sending, reminder.Status);
        Assert.Equal(token, reminder.ClaimToken);
    }

    [Fact]
    public void Claim_WhenNotYetDue_IsRefused()
    {
        var e = Assert.Throws<DomainRuleException>(() => New().Claim(Guid.NewGuid(), Due.AddMinutes(-1)));
        Assert.Equal("reminder-not-claimable", e.Code);
    }

    [Fact]
    public void Claim_WhenAlreadyClaimed_IsRefused()
    {
        var e = Assert.Throws<DomainRuleException>(() => Claimed().Claim(Guid.NewGuid(), Due));
        Assert.Equal("reminder-not-claimable", e.Code);
    }

    [Fact]
    public void ClaimableAt_TheDatabasesGuard_AgreesWithClaim()
    {
        var claimable = Reminder.ClaimableAt(Due).Compile();
        var failed = Claimed();
        failed.FailAttempt("451", permanent: false, Due); // scheduled again, one minute later
        var expected = new[] { true, false, false };
        var reminders = new[] { New(), Claimed(), failed };
        for (var i = 0; i < reminders.Length; i++)
        {
            Assert.Equal(expected[i], claimable(reminders[i]));
            Assert.Equal(expected[i], Record.Exception(() => reminders[i].Claim(Guid.NewGuid(), Due)) is null);
        }
    }

    [Fact]
    public void MarkSent_WhenSending_RecordsChannelsAndReleasesTheClaim()
    {
        var reminder = Claimed();
        reminder.MarkSent("e-mail", Due.AddMinutes(1));
        Assert.Equal(ReminderStatus.Sent, reminder.Status);
        Assert.Equal("e-mail", reminder.Channels);
        Assert.Null(reminder.ClaimToken);
    }

    [Fact]
    public void MarkSent_WhenNotClaimed_IsRefused()
    {
        var e = Assert.Throws<DomainRuleException>(() => New().MarkSent("e-mail", Due));
        Assert.Equal("reminder-not-sending", e.Code);
    }

    [Fact]
    public void Skip_WhenAlreadySent_IsRefused()
    {
        var reminder = Claimed();
        reminder.MarkSent("application", Due);
        var e = Assert.Throws<DomainRuleException>(() => reminder.Skip("Sans objet", Due));
        Assert.Equal("reminder-not-sending", e.Code);
        Assert.Equal(ReminderStatus.Sent, reminder.Status);
    }

    [Fact]
    public void FailAttempt_WhenTransient_SchedulesARetryAfterBackoff()
    {
        var reminder = Claimed();
        reminder.FailAttempt("451 essayez plus tard", permanent: false, Due);
        Assert.Equal(ReminderStatus.Scheduled, reminder.Status);
        Assert.Equal(Due.AddMinutes(1), reminder.NextAttemptAtUtc);
        reminder.Claim(Guid.NewGuid(), Due.AddMinutes(1));
        reminder.FailAttempt("451 essayez plus tard", permanent: false, Due.AddMinutes(1));
        Assert.Equal(Due.AddMinutes(3), reminder.NextAttemptAtUtc);
    }

    [Fact]
    public void FailAttempt_WhenPermanent_FailsAtOnceWithTheServersAnswer()
    {
        var reminder = Claimed();
        reminder.FailAttempt("550 boîte inconnue", permanent: true, Due);
        Assert.Equal(ReminderStatus.Failed, reminder.Status);
        Assert.Equal("550 boîte inconnue", reminder.LastError);
    }

    [Fact]
    public void Cancel_WhenSending_LeavesTheDeliveryAlone()
    {
        var reminder = Claimed();
        Assert.False(reminder.Cancel(Due));
        Assert.Equal(ReminderStatus.Sending, reminder.Status);
    }

    [Fact]
    public void Restore_WhenCancelled_MakesItDueAgain()
    {
        var reminder = New();
        Assert.True(reminder.Cancel(Due.AddDays(-1)));
        reminder.Restore(Due.AddDays(2), Due.AddDays(-1));
        Assert.Equal(ReminderStatus.Scheduled, reminder.Status);
        Assert.Equal(Due, reminder.NextAttemptAtUtc);
    }

    [Fact]
    public void Resend_WhenCancelled_IsRefused()
    {
        var reminder = New();
        reminder.Cancel(Due);
        var e = Assert.Throws<DomainRuleException>(() => reminder.Resend(Due));
        Assert.Equal("reminder-not-resendable", e.Code);
    }

    [Fact]
    public void Resend_WhenFailed_QueuesItNowEvenPastItsMoment()
    {
        var reminder = Claimed();
        reminder.FailAttempt("550", permanent: true, Due);
        reminder.Resend(Due.AddDays(5));
        Assert.Equal(ReminderStatus.Scheduled, reminder.Status);
        Assert.Equal(Due.AddDays(5), reminder.NextAttemptAtUtc);
        Assert.True(reminder.ExpiresAtUtc > Due.AddDays(5));
    }
}
