using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Resources;

/// <summary>One resource of the library, for whoever may read it (<see cref="ResourceAccess"/>); anyone else: 404.</summary>
public sealed record GetResource(Guid Id) : IQuery<ResourceDto>;

internal sealed class GetResourceHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetResource, ResourceDto>
{
    public Task<ResourceDto> Handle(GetResource request, CancellationToken cancellationToken) =>
        ResourceAccess.ReadAsync(db, access, request.Id, cancellationToken);
}
