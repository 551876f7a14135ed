using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Committees;

/// <summary>Shares a committee document with the cohort's catalysts and coaches, or stops sharing it.</summary>
public sealed record ShareDocument(bool SharedWithCohort) : ICommand<DocumentDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class ShareDocumentHandler(IParcoursDbContext db) : MediatR.IRequestHandler<ShareDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(ShareDocument request, CancellationToken cancellationToken)
    {
        var document = await db.CommitteeDocuments.SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Ce document");
        document.Share(request.SharedWithCohort);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }
}
