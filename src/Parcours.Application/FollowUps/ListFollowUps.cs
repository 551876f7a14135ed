using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>The entries of a cohort the caller may read, newest first, filtered and searched.</summary>
public sealed record ListFollowUps(Guid CohortId, Guid? TerritoryId = null, FollowUpKind? Kind = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<Paged<FollowUpDto>>;

internal sealed class ListFollowUpsValidator : AbstractValidator<ListFollowUps>
{
    public ListFollowUpsValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Search).OptionalText("recherche", 100);
    }
}

internal sealed class ListFollowUpsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ListFollowUps, Paged<FollowUpDto>>
{
    public async Task<Paged<FollowUpDto>> Handle(ListFollowUps request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        var query = scope.Entries(db.FollowUpEntries.AsNoTracking(), request.CohortId);
        if (request.TerritoryId is { } territory) query = query.Where(e => e.TerritoryId == territory);
        if (request.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            foreach (var term in Domain.Common.Searchable.Terms(request.Search)) query = query.Where(e => e.NotesSearch.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.Include(e => e.NextSteps).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        await ConfidentialReads.RecordAsync(db, entries.Select(e => (e.Id, e.TerritoryId, e.CohortId, e.Visibility)), cancellationToken);
        var today = FrenchTime.Today(clock);
        return new Paged<FollowUpDto>([.. entries.Select(e => FollowUpDto.From(e, today, scope.CanReadEverything(e.TerritoryId)))],
            request.Page, request.PageSize, total);
    }
}
