using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Committees;

/// <summary>The committee documents explicitly shared with a cohort.</summary>
public sealed record ListSharedDocuments(Guid CohortId) : IQuery<IReadOnlyList<DocumentDto>>;

internal sealed class ListSharedDocumentsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListSharedDocuments, IReadOnlyList<DocumentDto>>
{
    public async Task<IReadOnlyList<DocumentDto>> Handle(ListSharedDocuments request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator && !(await access.StandingAsync(request.CohortId, cancellationToken)).InCommunity)
        {
            throw NotFoundException.Cohort();
        }
        var documents = await db.CommitteeDocuments.AsNoTracking().Where(d => d.CohortId == request.CohortId && d.SharedWithCohort)
            .OrderByDescending(d => d.AddedAtUtc).ToListAsync(cancellationToken);
        return [.. documents.Select(DocumentDto.From)];
    }
}
