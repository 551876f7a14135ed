using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

/// <summary>Written only by the triggers of migration ParticipationTallies; read by the territory list.</summary>
internal sealed class ParticipationTallyConfiguration : IEntityTypeConfiguration<ParticipationTally>
{
    public void Configure(EntityTypeBuilder<ParticipationTally> b)
    {
        b.ToTable("ParticipationTallies");
        b.HasKey(x => new { x.CohortId, x.Status, x.Region, x.Kind, x.CarrierKind });
    }
}
