using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Committees;
using Parcours.Domain.People;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("Committees");
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.CohortId, x.Kind }).IsUnique();
        b.HasMany(x => x.Seats).WithOne().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Seats).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CommitteeSeatConfiguration : IEntityTypeConfiguration<CommitteeSeat>
{
    public void Configure(EntityTypeBuilder<CommitteeSeat> b)
    {
        b.ToTable("CommitteeSeats");
        b.Property(x => x.Organisation).HasMaxLength(200).IsRequired();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.CommitteeId);
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> b)
    {
        b.ToTable("CommitteeMeetings");
        b.HasOne<Committee>().WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Place).HasMaxLength(500);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.Property(x => x.Minutes).HasMaxLength(50_000);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.Property(x => x.Agenda).AsJson();
        b.Property(x => x.InvitedSeatIds).AsJson();
        b.Property(x => x.PresentSeatIds).AsJson();
        b.HasIndex(x => new { x.CommitteeId, x.StartsAtUtc });
        b.HasIndex(x => x.CohortId);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("Decisions");
        b.Ignore(x => x.IsOpen);
        b.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Text).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.History).AsJson();
        b.HasIndex(x => new { x.CommitteeId, x.Status });
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.CohortId);
    }
}

internal sealed class CommitteeDocumentConfiguration : IEntityTypeConfiguration<CommitteeDocument>
{
    public void Configure(EntityTypeBuilder<CommitteeDocument> b)
    {
        b.ToTable("CommitteeDocuments");
        b.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(255).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.StorageKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.AddedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => new { x.CohortId, x.SharedWithCohort });
    }
}
