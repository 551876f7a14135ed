using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Committees;
using Parcours.Domain.Pairs;
using Parcours.Domain.FollowUps;
using Parcours.Domain.People;
using Parcours.Domain.Reminders;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;
using Parcours.Domain.Territories;
using Parcours.Infrastructure.Identity;

namespace Parcours.Infrastructure.Persistence;

public sealed class ParcoursDbContext(DbContextOptions<ParcoursDbContext> options)
    : IdentityDbContext<ParcoursUser>(options), IParcoursDbContext
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Pair> Pairs => Set<Pair>();
    public DbSet<PairMember> PairMembers => Set<PairMember>();
    public DbSet<CollectiveSession> Sessions => Set<CollectiveSession>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<TopicVote> TopicVotes => Set<TopicVote>();
    public DbSet<CoachAssignment> CoachAssignments => Set<CoachAssignment>();
    public DbSet<FollowUpEntry> FollowUpEntries => Set<FollowUpEntry>();
    public DbSet<NextStep> NextSteps => Set<NextStep>();
    public DbSet<FieldVisit> FieldVisits => Set<FieldVisit>();
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<CommitteeSeat> CommitteeSeats => Set<CommitteeSeat>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<CommitteeDocument> CommitteeDocuments => Set<CommitteeDocument>();
    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();
    public DbSet<RoadmapVersion> RoadmapVersions => Set<RoadmapVersion>();
    public DbSet<RoadmapComment> RoadmapComments => Set<RoadmapComment>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<ReminderSettings> ReminderSettings => Set<ReminderSettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParcoursDbContext).Assembly);

        // The domain makes its own ids (version 7 Guids). Telling EF so lets a new child added to
        // a loaded aggregate (an event, a member) be inserted rather than taken for an update.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } id] && type == typeof(Guid))
            {
                id.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    public void ClearTracking() => ChangeTracker.Clear();

    public Task HoldConnectionAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC; SQLite gives them back without a kind, so say it on the way in
        // (otherwise the API would write them without their « Z » and readers would guess the zone).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Rolled back: forget what the failed command changed in memory too, so that a later
            // command in the same request (a page retrying a save) does not save it by accident.
            ChangeTracker.Clear();
            throw;
        }
    }
}
