using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Sessions;
using Parcours.Application.Territories;
using Parcours.Domain.Committees;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Territories;

namespace Parcours.Application.Reports;

public sealed record CountDto(string Key, string Label, int Count);

public sealed record TerritoriesReport(int Target, int Participating, IReadOnlyList<CountDto> ByStatus, IReadOnlyList<CountDto> ByRegion,
    IReadOnlyList<CountDto> ByKind, IReadOnlyList<CountDto> ByCarrier);

/// <summary>The binômes as they stood: formed (a member by then), complete (two members that day), members who left and were replaced or not.</summary>
public sealed record BinomesReport(int Formed, int Complete, int Incomplete, int MembersLeft, int MembersJoinedLater);

public sealed record SessionLine(string Code, string Title, DateTime StartsAt, int Expected, int Present, int Excused,
    double PresenceRate, double PresenceRateExcusedLeftOut, int TerritoriesExpected, int TerritoriesRepresented);

public sealed record TerritoryAttendanceLine(string Territory, int SessionsExpected, int SessionsRepresented, int SessionsExcused,
    double PresenceRate, double PresenceRateExcusedLeftOut);

/// <summary>
/// Sessions held by the day; the rates count only those whose attendance was recorded
/// (<see cref="NotRecorded"/> names the others), with and without excused absences in the denominator.
/// </summary>
public sealed record SessionsReport(int Held, int Ahead, IReadOnlyList<string> NotRecorded, double AveragePresenceRate, double AveragePresenceRateExcusedLeftOut,
    IReadOnlyList<SessionLine> PerSession, IReadOnlyList<TerritoryAttendanceLine> PerTerritory);

public sealed record FollowUpLine(string Territory, int Contacts, DateOnly? LastContact, bool BeyondCadence);

public sealed record FollowUpReport(int CadenceDays, int Contacts, int TerritoriesBeyondCadence, IReadOnlyList<FollowUpLine> PerTerritory);

public sealed record RoadmapsReport(int Validated, IReadOnlyList<CountDto> ByState);

public sealed record DecisionLine(string Committee, string Text, string? Owner, DateOnly? DueDate, string Status);

public sealed record DecisionsReport(int Open, int InProgress, int Done, int Dropped, IReadOnlyList<DecisionLine> StillOpen);

public sealed record MilestoneLine(string What, DateTime Date);

/// <summary>What participants answered to a held session's questionnaire (answers have no date: counted as they stand today).</summary>
public sealed record FeedbackLine(string Code, string Title, int Attendees, int Answers, double? ContentAverage, double? WorkshopAverage, double? GuestAverage);

public sealed record FeedbackReport(IReadOnlyList<FeedbackLine> PerSession);

/// <summary>Where the binômes placed their co-construction at the start and at the end, and how territories moved between the two.</summary>
public sealed record MaturityLine(string Stage, int AtStart, int AtEnd);

public sealed record MaturityMove(string From, string To, int Territories);

public sealed record MaturityReport(IReadOnlyList<MaturityLine> PerStage, IReadOnlyList<MaturityMove> Moves, int MovedForward, int Stayed, int MovedBack);

/// <summary>
/// The comité d'orientation's progress report of a cohort, as things stood at the end of a given day:
/// aggregates only — no follow-up note, no draft, no person's name (territories only).
/// </summary>
public sealed record ProgressReportDto(Guid CohortId, string CohortTitle, DateOnly AtDate, TerritoriesReport Territories, BinomesReport Binomes, SessionsReport Sessions,
    FollowUpReport FollowUp, RoadmapsReport Roadmaps, DecisionsReport Decisions, IReadOnlyList<MilestoneLine> MilestonesAhead, FeedbackReport Feedback,
    MaturityReport Maturity);

public sealed record GetProgressReport(Guid CohortId, DateOnly? At) : IQuery<ProgressReportDto>;

internal sealed class GetProgressReportHandler(IParcoursDbContext db, CallerAccess access, Sessions.IAttendanceFigures attendance, TimeProvider clock) : MediatR.IRequestHandler<GetProgressReport, ProgressReportDto>
{
    public async Task<ProgressReportDto> Handle(GetProgressReport request, CancellationToken cancellationToken)
    {
        await ReportAccess.EnsureAsync(db, access, clock, request.CohortId, cancellationToken);
        return await ProgressReportBuilder.BuildAsync(db, attendance, request.CohortId, request.At ?? FrenchTime.Today(clock), cancellationToken);
    }
}
