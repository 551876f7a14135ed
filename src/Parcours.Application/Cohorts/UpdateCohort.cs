using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Cohorts;

namespace Parcours.Application.Cohorts;

public sealed record UpdateCohort(
    string Title, DateOnly StartDate, DateOnly EndDate,
    int TargetTerritoryCount, IReadOnlyList<PhaseDates>? Phases = null, Guid? ProgrammeId = null) : ICommand<CohortDto>, ICohortFields
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

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
        // The body names the programme: a different one is refused, never silently ignored.
        if (request.ProgrammeId is { } programme && programme != cohort.ProgrammeId)
        {
            if (!await db.Programmes.AnyAsync(p => p.Id == programme, cancellationToken))
            {
                throw RequestValidationException.For("programmeId", "Ce programme est introuvable.");
            }
            throw new Domain.Common.DomainRuleException("cohort-programme-fixed", "Une promotion ne change pas de programme : créez-en une dans l'autre programme.");
        }
        cohort.Update(request.Title, request.StartDate, request.EndDate, request.TargetTerritoryCount,
            request.Phases!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return CohortDto.From(cohort);
    }
}
