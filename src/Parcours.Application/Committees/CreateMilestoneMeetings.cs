using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Common;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>
/// The comité d'orientation's three meetings, placed from the cohort's phases in one step, on working
/// days: the launch on the last working day of conception &amp; lancement (March in the pilot),
/// mid-way in the middle of réalisation — after the summer break when that falls in August
/// (September in the pilot) — and the end of the experiment in the middle of évaluation &amp;
/// déploiement (December in the pilot); each at 14:00, Paris time, for three hours. Coordinators
/// move, cancel or delete them afterwards if needed.
/// </summary>
public sealed record CreateMilestoneMeetings(Guid CommitteeId) : ICommand<IReadOnlyList<MeetingSummaryDto>>;

internal sealed class CreateMilestoneMeetingsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<CreateMilestoneMeetings, IReadOnlyList<MeetingSummaryDto>>
{
    private static readonly Dictionary<Milestone, string[]> Agendas = new()
    {
        [Milestone.Launch] = ["Présentation du programme et des territoires pilotes", "Validation du contenu pédagogique"],
        [Milestone.MidWay] = ["Point d'étape de la réalisation", "Premiers enseignements"],
        [Milestone.End] = ["Résultats de l'expérimentation", "Perspectives de déploiement"],
    };

    public async Task<IReadOnlyList<MeetingSummaryDto>> Handle(CreateMilestoneMeetings request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        if (committee.Kind != CommitteeKind.Orientation)
        {
            throw new DomainRuleException("milestones-orientation-only", "Les trois jalons sont ceux du comité d'orientation.");
        }
        if (await db.CommitteeMeetings.AnyAsync(m => m.CommitteeId == committee.Id && m.Milestone != null, cancellationToken))
        {
            throw new DomainRuleException("milestones-exist", "Les réunions jalons de ce comité existent déjà.");
        }
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Phases).SingleAsync(c => c.Id == committee.CohortId, cancellationToken);
        static DateOnly Middle(CohortPhase p) => DateOnly.FromDayNumber((p.StartDate.DayNumber + p.EndDate.DayNumber) / 2);
        static DateOnly AfterSummer(DateOnly day) => day.Month == 8 ? new DateOnly(day.Year, 9, 1) : day;
        var plan = new (Milestone Milestone, string Title, DateOnly Day)[]
        {
            (Milestone.Launch, "Comité d'orientation — lancement", FrenchCalendar.OnOrBefore(cohort.Phase(PhaseKind.ConceptionLaunch).EndDate)),
            (Milestone.MidWay, "Comité d'orientation — mi-parcours", FrenchCalendar.OnOrAfter(AfterSummer(Middle(cohort.Phase(PhaseKind.Realisation))))),
            (Milestone.End, "Comité d'orientation — fin de l'expérimentation", FrenchCalendar.OnOrAfter(Middle(cohort.Phase(PhaseKind.EvaluationDeployment)))),
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = plan.Select(p =>
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(p.Day.ToDateTime(new TimeOnly(14, 0)), FrenchTime.Paris);
            return CommitteeMeeting.Plan(committee, p.Title, start, p.Day, 180, null, null, Agendas[p.Milestone], p.Milestone, now);
        }).ToList();
        db.CommitteeMeetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);
        return [.. meetings.Select(MeetingSummaryDto.From)];
    }
}
