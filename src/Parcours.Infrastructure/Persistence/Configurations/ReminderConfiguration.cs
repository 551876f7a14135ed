using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.People;
using Parcours.Domain.Reminders;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("Reminders");
        b.Ignore(x => x.Kind);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        // At most once per (rule, item, recipient, due time): the database says it, not only the code.
        b.HasIndex(x => new { x.ItemId, x.Rule, x.RecipientPersonId, x.DueAtUtc }).IsUnique();
        // What the dispatcher claims: scheduled ones whose attempt time has come.
        b.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
        // The journal, newest due first, a page at a time: a cohort's (counted by status on the same index), a cohort's
        // in one status, everyone's, a person's — each walks its index instead of sorting a national cohort's
        // 160,000 reminders at every page (bench/RESULTS.md).
        b.HasIndex(x => new { x.CohortId, x.Status, x.DueAtUtc });
        b.HasIndex(x => new { x.CohortId, x.DueAtUtc });
        b.HasIndex(x => x.DueAtUtc);
        b.HasIndex(x => new { x.RecipientPersonId, x.DueAtUtc });
        b.HasIndex(x => x.ClaimToken);
        b.HasIndex(x => x.DigestToken);
        b.Property(x => x.Channels).HasMaxLength(50);
        b.Property(x => x.LastError).HasMaxLength(2000);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PersonId, x.CreatedAtUtc });
        b.HasIndex(x => x.ReminderId).IsUnique();
        b.Property(x => x.Subject).HasMaxLength(300).IsRequired();
        b.Property(x => x.Text).HasMaxLength(8000).IsRequired();
        b.Property(x => x.Link).HasMaxLength(1000);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.HasKey(x => new { x.PersonId, x.Kind });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> b)
    {
        b.ToTable("ReminderSettings");
        b.HasKey(x => x.CohortId);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
    }
}

/// <summary>Written only by the triggers of migration ReminderTallies; read by the reminder journal's counts.</summary>
internal sealed class ReminderTallyConfiguration : IEntityTypeConfiguration<ReminderTally>
{
    public void Configure(EntityTypeBuilder<ReminderTally> b)
    {
        b.ToTable("ReminderTallies");
        b.HasKey(x => new { x.CohortId, x.Rule, x.Status });
    }
}
