using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.FollowUps;
using Parcours.Domain.People;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class CoachAssignmentConfiguration : IEntityTypeConfiguration<CoachAssignment>
{
    public void Configure(EntityTypeBuilder<CoachAssignment> b)
    {
        b.ToTable("CoachAssignments");
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CoachPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CohortId, x.TerritoryId });
        b.HasIndex(x => x.CoachPersonId);
    }
}

internal sealed class FollowUpEntryConfiguration : IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> b)
    {
        b.ToTable("FollowUpEntries");
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Notes).HasMaxLength(FollowUpEntry.NotesMax).IsRequired();
        b.Property(x => x.Author).HasMaxLength(256).IsRequired();
        b.Property(x => x.Participants).AsJson();
        b.Property(x => x.Revisions).AsJson();
        // Two people saving the same note at once: the second is refused, not silently lost.
        b.Property(x => x.Version).IsConcurrencyToken();
        // « Last contact per territory » and the cohort's lists read entries by territory and date.
        b.HasIndex(x => new { x.CohortId, x.TerritoryId, x.Date });
        b.HasIndex(x => x.TerritoryId);
        b.HasMany(x => x.NextSteps).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.NextSteps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NextStepConfiguration : IEntityTypeConfiguration<NextStep>
{
    public void Configure(EntityTypeBuilder<NextStep> b)
    {
        b.ToTable("NextSteps");
        b.Property(x => x.Title).HasMaxLength(500).IsRequired();
        b.Property(x => x.Owner).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.CohortId, x.DueDate });
        b.HasIndex(x => x.EntryId);
    }
}

internal sealed class FieldVisitConfiguration : IEntityTypeConfiguration<FieldVisit>
{
    public void Configure(EntityTypeBuilder<FieldVisit> b)
    {
        b.ToTable("FieldVisits");
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.HostTerritoryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Purpose).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Learnings).HasMaxLength(8000);
        b.Property(x => x.Visitors).AsJson();
        b.HasIndex(x => new { x.CohortId, x.Date });
        b.HasIndex(x => x.HostTerritoryId);
    }
}
