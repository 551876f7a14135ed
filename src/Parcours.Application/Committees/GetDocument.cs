using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Committees;

public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A document's bytes, for coordinators, the members of its committee, and — when it is shared
/// with the cohort — that cohort's catalysts and coaches. Anyone else: 404.
/// </summary>
public sealed record GetDocument(Guid Id) : IQuery<DocumentFile>;

internal sealed class GetDocumentHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentStore store) : MediatR.IRequestHandler<GetDocument, DocumentFile>
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
        // The committee's own rule: a seat counts for someone who is a committee member by role, as on
        // the committee's pages (a coach holding a seat reads only what is shared with the cohort).
        if (access.IsCoordinator || (access.IsInRole(Roles.CommitteeMember) && (await access.SeatedCommitteesAsync(ct)).Contains(document.CommitteeId)))
        {
            return true;
        }
        return document.SharedWithCohort && await SharedDocuments.BelongsToCohortAsync(db, access, clock, document.CohortId, ct);
    }
}

internal static class SharedDocuments
{
    /// <summary>Catalysts of the cohort, and coaches with an assignment in it today.</summary>
    public static async Task<bool> BelongsToCohortAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, CancellationToken ct)
    {
        if ((await access.CatalystCohortIdsAsync(ct)).Contains(cohortId)) return true;
        return (await access.CoachedTerritoriesAsync(cohortId, ct)).Count > 0;
    }
}
