using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> b)
    {
        b.ToTable("Roadmaps");
        b.Ignore(x => x.IsEmpty);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CohortId, x.TerritoryId }).IsUnique();
        b.HasIndex(x => x.TerritoryId);
        b.Property(x => x.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.Sections).AsJson();
        b.Property(x => x.Actions).AsJson();
        b.Property(x => x.SharedThemes).AsJson();
        // The binôme's two members may save at once: the database refuses the second, too.
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class RoadmapVersionConfiguration : IEntityTypeConfiguration<RoadmapVersion>
{
    public void Configure(EntityTypeBuilder<RoadmapVersion> b)
    {
        b.ToTable("RoadmapVersions");
        b.HasOne<Roadmap>().WithMany().HasForeignKey(x => x.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RoadmapId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.CohortId, x.Outcome });
        b.Property(x => x.SubmittedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Sections).AsJson();
        b.Property(x => x.Actions).AsJson();
    }
}

internal sealed class RoadmapCommentConfiguration : IEntityTypeConfiguration<RoadmapComment>
{
    public void Configure(EntityTypeBuilder<RoadmapComment> b)
    {
        b.ToTable("RoadmapComments");
        b.HasOne<Roadmap>().WithMany().HasForeignKey(x => x.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.SectionKey).HasMaxLength(50).IsRequired();
        b.Property(x => x.Author).HasMaxLength(256).IsRequired();
        b.Property(x => x.Text).HasMaxLength(4000).IsRequired();
        b.HasIndex(x => x.RoadmapId);
    }
}
