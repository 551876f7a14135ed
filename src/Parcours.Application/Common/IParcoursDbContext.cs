using Microsoft.EntityFrameworkCore;
using Parcours.Application.Audit;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Committees;
using Parcours.Domain.Pairs;
using Parcours.Domain.FollowUps;
using Parcours.Domain.People;
using Parcours.Domain.Reminders;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;
using Parcours.Domain.Territories;

namespace Parcours.Application.Common;

/// <summary>The narrow view of the database that use cases get: their sets, saving, and a transaction.</summary>
public interface IParcoursDbContext
{
    DbSet<Programme> Programmes { get; }
    DbSet<Cohort> Cohorts { get; }
    DbSet<Territory> Territories { get; }
    DbSet<Participation> Participations { get; }
    /// <summary>Per cohort and status, kept by the database: read, never written.</summary>
    IQueryable<ParticipationTally> ParticipationTallies { get; }
    IQueryable<Domain.Reminders.ReminderTally> ReminderTallies { get; }
    /// <summary>Per cohort, changed by the database with anything its attendance figures are made of: read, never written.</summary>
    IQueryable<AttendanceVersion> AttendanceVersions { get; }
    DbSet<Person> People { get; }
    DbSet<Pair> Pairs { get; }
    DbSet<PairMember> PairMembers { get; }
    DbSet<CollectiveSession> Sessions { get; }
    DbSet<Attendance> Attendances { get; }
    DbSet<TopicVote> TopicVotes { get; }
    DbSet<SessionFeedback> SessionFeedbacks { get; }
    DbSet<FeedbackReceipt> FeedbackReceipts { get; }
    DbSet<Domain.Evaluation.MaturityAssessment> MaturityAssessments { get; }
    DbSet<Domain.Resources.Resource> Resources { get; }
    DbSet<CoachAssignment> CoachAssignments { get; }
    DbSet<FollowUpEntry> FollowUpEntries { get; }
    DbSet<NextStep> NextSteps { get; }
    DbSet<FieldVisit> FieldVisits { get; }
    DbSet<Committee> Committees { get; }
    DbSet<CommitteeSeat> CommitteeSeats { get; }
    DbSet<CommitteeMeeting> CommitteeMeetings { get; }
    DbSet<Decision> Decisions { get; }
    DbSet<CommitteeDocument> CommitteeDocuments { get; }
    DbSet<Roadmap> Roadmaps { get; }
    DbSet<RoadmapVersion> RoadmapVersions { get; }
    DbSet<RoadmapComment> RoadmapComments { get; }
    DbSet<Reminder> Reminders { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<NotificationPreference> NotificationPreferences { get; }
    DbSet<ReminderSettings> ReminderSettings { get; }

    /// <summary>The audit trail, read-only: its lines are written by the context itself as it saves.</summary>
    IQueryable<AuditEntry> AuditTrail { get; }

    /// <summary>
    /// Until the result is disposed, every change this context saves is recorded in the audit trail as done
    /// by <paramref name="accountId"/> (whose person <paramref name="personOf"/> finds, once, when first needed)
    /// through <paramref name="useCase"/> (set for every request by the pipeline).
    /// </summary>
    IDisposable AuditAs(string useCase, string? accountId, Func<CancellationToken, Task<Guid?>> personOf);

    /// <summary>Records, with the next save, that the current actor was shown this confidential item.</summary>
    void RecordRead(string entityType, Guid entityId, Guid? territoryId, Guid? cohortId);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the entities loaded so far (a long-running loop keeps its memory flat).</summary>
    void ClearTracking();

    /// <summary>Keeps the connection open until the end of the request, for handlers that run several queries.</summary>
    Task HoldConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one database transaction, committed when it returns.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction commits (at once without one); forgotten
    /// if it rolls back. For what must not happen before the data it concerns is visible to others.
    /// </summary>
    void AfterCommit(Action action);
}
