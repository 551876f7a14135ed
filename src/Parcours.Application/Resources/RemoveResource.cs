using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Resources;

/// <summary>
/// A coordinator takes a resource out of the library: it is no longer listed nor served. Stored bytes are never
/// rewritten (a next edition may keep the same document), so the file itself stays in the store.
/// </summary>
public sealed record RemoveResource(Guid Id) : ICommand<Done>;

internal sealed class RemoveResourceHandler(IParcoursDbContext db) : MediatR.IRequestHandler<RemoveResource, Done>
{
    public async Task<Done> Handle(RemoveResource request, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw ResourceAccess.NotFound();
        db.Resources.Remove(resource);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
