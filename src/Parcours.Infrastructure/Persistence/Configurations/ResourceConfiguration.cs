using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Resources;
using Parcours.Domain.Sessions;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> b)
    {
        b.ToTable("Resources");
        b.HasKey(x => x.Id);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CollectiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(x => x.Themes);
        b.Property(x => x.Title).HasMaxLength(Resource.TitleMax).IsRequired();
        b.Property(x => x.Description).HasMaxLength(Resource.DescriptionMax);
        b.Property(x => x.Url).HasMaxLength(2000);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(100);
        b.Property(x => x.SearchText).IsRequired();
        b.Property(x => x.AddedBy).HasMaxLength(256).IsRequired();
        // A session's supports, a cohort's library; the list is read in title order (the folded text starts with it).
        b.HasIndex(x => new { x.SessionId, x.SearchText });
        b.HasIndex(x => new { x.CohortId, x.SearchText });
        b.HasIndex(x => new { x.Visibility, x.SearchText });
    }
}
