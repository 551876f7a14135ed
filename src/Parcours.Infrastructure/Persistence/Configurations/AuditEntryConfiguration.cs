using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Application.Audit;

namespace Parcours.Infrastructure.Persistence.Configurations;

/// <summary>Append-only: the triggers of migration AuditTrail refuse any update or delete.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries", t =>
        {
            t.HasTrigger("AuditEntries_NoUpdate");
            t.HasTrigger("AuditEntries_NoDelete");
        });
        b.HasKey(x => x.Id);
        b.Property(x => x.UseCase).HasMaxLength(100);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(200);
        b.Property(x => x.ParentId).HasMaxLength(100);
        b.Property(x => x.AccountId).HasMaxLength(100);
        // The whole trail is read newest first; an item's history by the item, its parent or its territory.
        b.HasIndex(x => x.AtUtc);
        b.HasIndex(x => x.EntityId);
        b.HasIndex(x => x.ParentId);
        b.HasIndex(x => x.TerritoryId);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.AccountId);
        // A cohort's trail, newest first: the trail is the table that grows fastest, never scanned for one cohort.
        b.HasIndex(x => new { x.CohortId, x.AtUtc });
    }
}
