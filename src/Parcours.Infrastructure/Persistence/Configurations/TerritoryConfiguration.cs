using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Territories;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> b)
    {
        b.ToTable("Territories");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.OfficialCode).HasMaxLength(20);
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.ContactEmail).HasMaxLength(254);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.HasIndex(x => x.OfficialCode).IsUnique();
        b.HasIndex(x => x.Name);
    }
}
