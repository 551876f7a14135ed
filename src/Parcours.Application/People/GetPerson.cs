using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.People;

public sealed record GetPerson(Guid Id) : IQuery<PersonDto>;

internal sealed class GetPersonHandler(IParcoursDbContext db) : MediatR.IRequestHandler<GetPerson, PersonDto>
{
    public async Task<PersonDto> Handle(GetPerson request, CancellationToken cancellationToken) =>
        PersonDto.From(await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw NotFoundException.Person());
}
