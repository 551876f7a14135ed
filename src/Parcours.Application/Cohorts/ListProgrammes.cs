using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Cohorts;

public sealed record ListProgrammes : IQuery<IReadOnlyList<ProgrammeDto>>;

internal sealed class ListProgrammesHandler(IParcoursDbContext db) : MediatR.IRequestHandler<ListProgrammes, IReadOnlyList<ProgrammeDto>>
{
    public async Task<IReadOnlyList<ProgrammeDto>> Handle(ListProgrammes request, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProgrammeDto(p.Id, p.Name, p.Description)).ToListAsync(cancellationToken);
}
