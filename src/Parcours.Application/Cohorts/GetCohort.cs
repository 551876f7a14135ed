using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Cohorts;

public sealed record GetCohort(Guid Id) : IQuery<CohortDto>;

internal sealed class GetCohortHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetCohort, CohortDto>
{
    public async Task<CohortDto> Handle(GetCohort request, CancellationToken cancellationToken)
    {
        if (!await access.CanReadCohortAsync(request.Id, cancellationToken))
        {
            throw NotFoundException.Cohort();
        }
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Phases).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw NotFoundException.Cohort();
        return CohortDto.From(cohort);
    }
}
