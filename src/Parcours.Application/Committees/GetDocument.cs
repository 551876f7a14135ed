using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Committees;

/// <summary>
/// A document's bytes, for coordinators, the members of its committee, and — when it is shared
/// with the cohort — that cohort's catalysts and coaches. Anyone else: 404.
/// </summary>
public sealed record GetDocument(Guid Id) : IQuery<DocumentFile>;

internal sealed class GetDocumentHandler(IParcoursDbContext db, CallerAccess access, IDocumentStore store) : MediatR.IRequestHandler<GetDocument, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetDocument request, CancellationToken cancellationToken)
    {
        var document = await db.CommitteeDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Ce document");
        if (!await CanReadAsync(document, cancellationToken))
        {
            throw new NotFoundException("Ce document");
        }
        var bytes = await store.ReadAsync(document.StorageKey, cancellationToken) ?? throw new NotFoundException("Le fichier de ce document");
        return new DocumentFile(document.FileName, document.ContentType, bytes);
    }

    private async Task<bool> CanReadAsync(Domain.Committees.CommitteeDocument document, CancellationToken ct)
    {
        // The committee's own rule (coordinators; members seated on it today, by role — a coach holding a
        // seat reads only what is shared), then the cohort's for what is shared with it: one standing answers both.
        var standing = await access.StandingAsync(document.CohortId, ct);
        return standing.Sees(document.CommitteeId) || (document.SharedWithCohort && standing.InCommunity);
    }
}
