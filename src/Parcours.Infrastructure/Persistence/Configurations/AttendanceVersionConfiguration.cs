using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Sessions;

namespace Parcours.Infrastructure.Persistence.Configurations;

/// <summary>
/// Written only by the triggers of migration AttendanceVersions; read before a cohort's attendance figures. No key to
/// the cohorts: a cohort's deletion removes its sessions, whose triggers would write a row for it again.
/// </summary>
internal sealed class AttendanceVersionConfiguration : IEntityTypeConfiguration<AttendanceVersion>
{
    public void Configure(EntityTypeBuilder<AttendanceVersion> b)
    {
        b.ToTable("AttendanceVersions");
        b.HasKey(x => x.CohortId);
        b.Property(x => x.CohortId).ValueGeneratedNever();
    }
}
