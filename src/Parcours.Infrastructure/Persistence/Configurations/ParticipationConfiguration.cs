using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> b)
    {
        // The tallies' triggers (migration ParticipationTallies): declared so that EF writes this table
        // in a way triggers allow.
        b.ToTable("Participations", t =>
        {
            t.HasTrigger("Participations_Tally_Insert");
            t.HasTrigger("Participations_Tally_Update");
            t.HasTrigger("Participations_Tally_Delete");
        });
        b.Property(x => x.StatusReason).HasMaxLength(2000);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        // One invitation per territory and cohort; the list filters a cohort by status.
        b.Property(x => x.TerritoryName).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.CohortId, x.TerritoryId }).IsUnique();
        b.HasIndex(x => new { x.CohortId, x.Status });
        // A page of a cohort's list walks one of these in French order (the folded name) and stops after the rows it returns.
        b.HasIndex(x => new { x.CohortId, x.TerritorySearch, x.TerritoryId });
        b.HasIndex(x => new { x.CohortId, x.TerritoryRegion, x.TerritorySearch, x.TerritoryId });
        b.HasIndex(x => x.TerritoryId);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParticipationEventConfiguration : IEntityTypeConfiguration<ParticipationEvent>
{
    public void Configure(EntityTypeBuilder<ParticipationEvent> b)
    {
        b.ToTable("ParticipationEvents");
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
    }
}
