using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Resources;

namespace Parcours.Application.Resources;

/// <summary>The bytes of a document of the library, for whoever may read it; a link has no file (404).</summary>
public sealed record GetResourceFile(Guid Id) : IQuery<DocumentFile>;

internal sealed class GetResourceFileHandler(IParcoursDbContext db, CallerAccess access, IDocumentStore store) : MediatR.IRequestHandler<GetResourceFile, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetResourceFile request, CancellationToken cancellationToken)
    {
        var file = await (await ResourceAccess.ReadableAsync(db, access, cancellationToken))
            .Where(r => r.Id == request.Id && r.Format == ResourceFormat.Document)
            .Select(r => new { r.FileName, r.ContentType, r.StorageKey }).SingleOrDefaultAsync(cancellationToken)
            ?? throw ResourceAccess.NotFound();
        var bytes = await store.ReadAsync(file.StorageKey!, cancellationToken) ?? throw new NotFoundException("Le fichier de cette ressource");
        return new DocumentFile(file.FileName!, file.ContentType!, bytes);
    }
}
