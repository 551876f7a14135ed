using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Pairs;
using Parcours.Domain.People;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class PairConfiguration : IEntityTypeConfiguration<Pair>
{
    public void Configure(EntityTypeBuilder<Pair> b)
    {
        b.ToTable("Pairs");
        b.Ignore(x => x.ActiveMembers);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CohortId, x.TerritoryId }).IsUnique();
        b.HasIndex(x => x.TerritoryId);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.PairId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PairMemberConfiguration : IEntityTypeConfiguration<PairMember>
{
    public void Configure(EntityTypeBuilder<PairMember> b)
    {
        b.ToTable("PairMembers");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        // The database, too, refuses a second current binôme for one person in one cohort
        // (two coordinators at once would otherwise both pass the check).
        b.HasIndex(x => new { x.CohortId, x.PersonId }).IsUnique().HasFilter("\"UntilDate\" IS NULL")
            .HasDatabaseName("IX_PairMembers_CohortId_PersonId_Active");
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.PairId);
        // A cohort's roster (attendance, report, dashboard) reads its memberships, past ones too: the partial index
        // above holds the current ones only, so without this every cohort's roster scanned every cohort's members.
        b.HasIndex(x => x.CohortId);
    }
}
