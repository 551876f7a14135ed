using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using FluentValidation;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// A held session. <see cref="Recorded"/>: its sheet was filled in (someone marked present or absent) —
/// only recorded sessions count in the rates. Two rates, named for what they divide by:
/// <see cref="PresenceRate"/> = present ÷ expected (an excused absence counts as an absence);
/// <see cref="PresenceRateExcusedLeftOut"/> = present ÷ (expected − excused).
/// </summary>
public sealed record SessionRateDto(Guid SessionId, string Code, DateTime StartsAt, bool Recorded, int Expected, int Present, int Excused, int Absent, int NotRecorded,
    double PresenceRate, double PresenceRateExcusedLeftOut, int TerritoriesExpected, int TerritoriesRepresented);

/// <summary>A territory is represented at a session when a member of its binôme was there; excused when all its expected members were.</summary>
public sealed record TerritoryRateDto(Guid TerritoryId, string TerritoryName, int SessionsExpected, int SessionsRepresented, int SessionsExcused,
    double PresenceRate, double PresenceRateExcusedLeftOut);

public sealed record PersonRateDto(Guid PersonId, string FirstName, string LastName, Guid TerritoryId, string TerritoryName, int SessionsExpected, int Present, int Excused, int Absent,
    double PresenceRate, double PresenceRateExcusedLeftOut);

/// <summary>
/// Rates are shares between 0 and 1, over the sessions held (started, not cancelled) whose attendance
/// was recorded; <see cref="SessionsNotRecorded"/> names the held sessions left out for want of a sheet.
/// The sessions' rates are the whole cohort's; territories come a page at a time, in name order, with
/// the people of that page's territories — a national cohort's rates are not one answer of megabytes.
/// </summary>
public sealed record AttendanceRatesDto(IReadOnlyList<SessionRateDto> Sessions, Paged<TerritoryRateDto> Territories, IReadOnlyList<PersonRateDto> People,
    IReadOnlyList<string> SessionsNotRecorded);

/// <summary>
/// Attendance of a cohort, per session, per territory (represented when at least one member of
/// its binôme was present) and per person.
/// </summary>
public sealed record GetAttendanceRates(Guid CohortId, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<AttendanceRatesDto>;

internal sealed class GetAttendanceRatesValidator : AbstractValidator<GetAttendanceRates>
{
    public GetAttendanceRatesValidator() => this.PageRules(x => x.Page, x => x.PageSize);
}

internal sealed class GetAttendanceRatesHandler(CallerAccess access, IAttendanceFigures figures, TimeProvider clock)
    : MediatR.IRequestHandler<GetAttendanceRates, AttendanceRatesDto>
{
    public async Task<AttendanceRatesDto> Handle(GetAttendanceRates request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var all = await figures.ReadAsync(request.CohortId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var territories = all.Territories.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new AttendanceRatesDto(all.Sessions, new Paged<TerritoryRateDto>(territories, request.Page, request.PageSize, all.Territories.Count),
            all.PeopleOf(territories.Select(t => t.TerritoryId).ToHashSet()), all.SessionsNotRecorded);
    }
}
