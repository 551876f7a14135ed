using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Cohorts;

namespace Parcours.Application.Cohorts;

public sealed record UpdateCohort(
    Guid Id, string Title, DateOnly StartDate, DateOnly EndDate,
    int TargetTerritoryCount, IReadOnlyList<PhaseDates>? Phases) : ICommand<CohortDto>, ICohortFields;

internal sealed class UpdateCohortValidator : AbstractValidator<UpdateCohort>
{
    public UpdateCohortValidator() => CohortFieldsValidator.Apply(this);
}

internal sealed class UpdateCohortHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<UpdateCohort, CohortDto>
{
    public async Task<CohortDto> Handle(UpdateCohort request, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.Include(c => c.Phases).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw NotFoundException.Cohort();
        cohort.Update(request.Title, request.StartDate, request.EndDate, request.TargetTerritoryCount,
            request.Phases!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return CohortDto.From(cohort);
    }
}
