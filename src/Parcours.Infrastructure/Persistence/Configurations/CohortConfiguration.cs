using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.ToTable("Cohorts");
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StartDate);
        b.OwnsMany(x => x.Phases, phase =>
        {
            phase.ToTable("CohortPhases");
            phase.WithOwner().HasForeignKey("CohortId");
            phase.HasKey("CohortId", nameof(CohortPhase.Kind));
        });
        b.Navigation(x => x.Phases).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
