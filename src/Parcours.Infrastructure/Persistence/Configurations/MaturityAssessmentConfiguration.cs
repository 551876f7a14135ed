using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Evaluation;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class MaturityAssessmentConfiguration : IEntityTypeConfiguration<MaturityAssessment>
{
    public void Configure(EntityTypeBuilder<MaturityAssessment> b)
    {
        b.ToTable("MaturityAssessments");
        b.HasKey(x => x.Id);
        // One placing per territory, cohort and moment: placing again revises it.
        b.HasIndex(x => new { x.CohortId, x.TerritoryId, x.Moment }).IsUnique();
        b.Property(x => x.Answers).AsJson();
        b.Property(x => x.AssessedBy).HasMaxLength(254);
    }
}
