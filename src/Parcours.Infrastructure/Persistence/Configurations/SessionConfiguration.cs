using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.People;
using Parcours.Domain.Sessions;

namespace Parcours.Infrastructure.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<CollectiveSession>
{
    public void Configure(EntityTypeBuilder<CollectiveSession> b)
    {
        b.ToTable("CollectiveSessions");
        b.Ignore(x => x.Code);
        b.Ignore(x => x.EndsAtUtc);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CohortId, x.Number }).IsUnique();
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Theory).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Workshop).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Guest).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Topic).HasMaxLength(200);
        b.Property(x => x.VenueName).HasMaxLength(200);
        b.Property(x => x.VenueAddress).HasMaxLength(500);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.Property(x => x.OutsidePhaseReason).HasMaxLength(2000);
        b.Property(x => x.Agenda).AsJson();
        b.Property(x => x.Speakers).AsJson();
        b.Property(x => x.Resources).AsJson();
        b.Property(x => x.History).AsJson();
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("Attendances");
        b.HasOne<CollectiveSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.SessionId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.CohortId);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class TopicVoteConfiguration : IEntityTypeConfiguration<TopicVote>
{
    public void Configure(EntityTypeBuilder<TopicVote> b)
    {
        b.ToTable("TopicVotes");
        b.Ignore(x => x.Winner);
        b.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CohortId).IsUnique();
        b.Property(x => x.Options).AsJson();
        b.HasMany(x => x.Ballots).WithOne().HasForeignKey(x => x.VoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.ToTable("Ballots");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.VoteId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}
