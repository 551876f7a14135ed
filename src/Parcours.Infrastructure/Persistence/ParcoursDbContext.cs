using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Common;
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

public sealed partial class ParcoursDbContext(DbContextOptions<ParcoursDbContext> options)
    : IdentityDbContext<ParcoursUser>(options), IParcoursDbContext, Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The keys that protect tokens and cookies, on PostgreSQL: shared by every instance (on SQLite they stay in <c>DataProtection:KeysPath</c>).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>Failed-login windows shared by the instances (PostgreSQL; on SQLite they stay in memory).</summary>
    internal DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Participation> Participations => Set<Participation>();
    public IQueryable<ParticipationTally> ParticipationTallies => Set<ParticipationTally>().AsNoTracking();
    public IQueryable<ReminderTally> ReminderTallies => Set<ReminderTally>().AsNoTracking();
    public IQueryable<AttendanceVersion> AttendanceVersions => Set<AttendanceVersion>().AsNoTracking();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Pair> Pairs => Set<Pair>();
    public DbSet<PairMember> PairMembers => Set<PairMember>();
    public DbSet<CollectiveSession> Sessions => Set<CollectiveSession>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<TopicVote> TopicVotes => Set<TopicVote>();
    public DbSet<SessionFeedback> SessionFeedbacks => Set<SessionFeedback>();
    public DbSet<FeedbackReceipt> FeedbackReceipts => Set<FeedbackReceipt>();
    public DbSet<Domain.Evaluation.MaturityAssessment> MaturityAssessments => Set<Domain.Evaluation.MaturityAssessment>();
    public DbSet<Domain.Resources.Resource> Resources => Set<Domain.Resources.Resource>();
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

    /// <summary>Set for each scope that resolves the application's context (see DependencyInjection), cleared when the scope ends.</summary>
    internal IDomainEventDispatcher? Dispatcher { get; private set; }

    /// <summary>
    /// Saves, then hands the aggregates' events to their listeners and saves what they wrote, all in one
    /// transaction (the command's, or one opened here): a listener's writes never exist without the change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var events = TakeDomainEvents();
        if (events.Count == 0)
        {
            if (Database.CurrentTransaction is not null)
            {
                await CaptureAuditAsync(cancellationToken);
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            var turn = await SqliteWriteGate.EnterAsync(WriteGate(), cancellationToken);
            try
            {
                await CaptureAuditAsync(cancellationToken);
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            finally
            {
                turn?.Release();
            }
        }
        var dispatcher = Dispatcher ?? throw new InvalidOperationException("Domain events raised in a context leased without a dispatcher.");
        return await InTransactionAsync(async () =>
        {
            await CaptureAuditAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            // Listeners may change aggregates that raise events in turn: rounds until quiet, and never forever.
            for (var round = 1; events.Count > 0; round++)
            {
                if (round > 5) throw new InvalidOperationException("Domain events keep raising one another: " + string.Join(", ", events.Select(e => e.GetType().Name)));
                foreach (var domainEvent in events)
                {
                    await dispatcher.DispatchAsync(domainEvent, cancellationToken);
                }
                events = TakeDomainEvents();
                await CaptureAuditAsync(cancellationToken);
                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            return written;
        }, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // Listeners are asynchronous: a synchronous save would have to drop the events, and dropping them loses reminders.
        if (ChangeTracker.Entries<AggregateRoot>().Any(e => e.Entity.HasDomainEvents))
        {
            throw new InvalidOperationException("Save with SaveChangesAsync: domain events are pending.");
        }
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // The same fact raised twice in one save (two lines of one attendance sheet) is handled once: events are records.
    private List<IDomainEvent> TakeDomainEvents() =>
        [.. ChangeTracker.Entries<AggregateRoot>().SelectMany(e => e.Entity.TakeDomainEvents()).Distinct()];

    private readonly List<Action> _afterCommit = [];

    public void AfterCommit(Action action)
    {
        if (Database.CurrentTransaction is null) action();
        else _afterCommit.Add(action);
    }

    /// <summary>Given its scope's event dispatcher (see DependencyInjection: the IParcoursDbContext registration).</summary>
    internal void LeaseTo(IDomainEventDispatcher dispatcher) => Dispatcher = dispatcher;

    // The scope is ending (EF's lease then gives the context back to the pool): nothing of it stays attached.
    public override void Dispose()
    {
        ForgetAudit();
        _afterCommit.Clear();
        Dispatcher = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetAudit();
        _afterCommit.Clear();
        Dispatcher = null;
        return base.DisposeAsync();
    }

    public Task HoldConnectionAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC; SQLite gives them back without a kind, so say it on the way in
        // (otherwise the API would write them without their « Z » and readers would guess the zone).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }
        // On SQLite a command's transaction takes the database's one write lock from its start (BEGIN
        // IMMEDIATE): commands of this process wait for it here, in turn, rather than in SQLite's busy loop.
        var gate = await SqliteWriteGate.EnterAsync(WriteGate(), cancellationToken);
        try
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            T result;
            try
            {
                result = await work();
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                _afterCommit.Clear();
                // Rolled back: forget what the failed command changed in memory too, so that a later
                // command in the same request (a page retrying a save) does not save it by accident.
                ChangeTracker.Clear();
                throw;
            }
            var after = _afterCommit.ToList();
            _afterCommit.Clear();
            gate?.Release();
            gate = null; // What runs after the commit (scheduling jobs) does not hold other writers back.
            after.ForEach(a => a());
            return result;
        }
        finally
        {
            gate?.Release();
        }
    }

    private string? _database;

    /// <summary>The write gate of this context's SQLite file; none on another provider.</summary>
    private SemaphoreSlim? WriteGate()
    {
        if (!Database.IsSqlite()) return null;
        _database ??= new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        return SqliteWriteGate.For(_database);
    }
}
