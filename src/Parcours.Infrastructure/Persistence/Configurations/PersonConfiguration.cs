using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.People;
using Parcours.Infrastructure.Identity;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Ignore(x => x.FullName);
        b.Ignore(x => x.IsErased);
        b.HasIndex(x => x.ErasureNumber).IsUnique();
        b.Property(x => x.FirstName).HasMaxLength(200).IsRequired();
        b.Property(x => x.LastName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Email).HasMaxLength(254).IsRequired();
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.JobTitle).HasMaxLength(200);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasIndex(x => x.UserId).IsUnique();
        b.Property(x => x.CalendarTokenHash).HasMaxLength(64);
        b.HasIndex(x => x.CalendarTokenHash).IsUnique();
        // The directory reads people in the order of their folded names.
        b.HasIndex(x => x.SearchText);
        b.HasOne<ParcoursUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
