using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Cohorts;

public sealed record CreateCohort(
    Guid ProgrammeId, string Title, DateOnly StartDate, DateOnly EndDate,
    int TargetTerritoryCount, IReadOnlyList<PhaseDates>? Phases = null) : ICommand<CohortDto>, ICohortFields;

internal sealed class CreateCohortValidator : AbstractValidator<CreateCohort>
{
    public CreateCohortValidator() => CohortFieldsValidator.Apply(this);
}

internal sealed class CreateCohortHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<CreateCohort, CohortDto>
{
    public async Task<CohortDto> Handle(CreateCohort request, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == request.ProgrammeId, cancellationToken))
        {
            throw RequestValidationException.For("programmeId", "Ce programme n'existe pas.");
        }
        var cohort = Cohort.Create(request.ProgrammeId, request.Title, request.StartDate, request.EndDate,
            request.TargetTerritoryCount, request.Phases!, clock.GetUtcNow().UtcDateTime);
        db.Cohorts.Add(cohort);
        // Every cohort follows the same path: S1 to S4 exist from the start, to be dated later.
        db.Sessions.AddRange(CollectiveSession.DefaultPath(cohort.Id, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return CohortDto.From(cohort);
    }
}
