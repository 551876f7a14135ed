using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Audit;

/// <summary>
/// The history of one item — a territory, a roadmap, a note, an account: the lines about it, about what
/// belongs to it (a roadmap's versions, a note's next steps) and, for a territory, about everything of
/// the territory. Newest first.
/// </summary>
public sealed record GetItemHistory(string ItemId, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<AuditPage>;

internal sealed class GetItemHistoryValidator : AbstractValidator<GetItemHistory>
{
    public GetItemHistoryValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.ItemId).NotEmpty().WithMessage("L'identifiant de l'élément est obligatoire.")
            .MaximumLength(100).WithMessage("L'identifiant de l'élément dépasse 100 caractères.");
    }
}

internal sealed class GetItemHistoryHandler(IParcoursDbContext db, Accounts.IAccountService accounts) : MediatR.IRequestHandler<GetItemHistory, AuditPage>
{
    public Task<AuditPage> Handle(GetItemHistory request, CancellationToken cancellationToken)
    {
        var id = request.ItemId.Trim();
        var query = Guid.TryParse(id, out var guid)
            ? db.AuditTrail.Where(a => a.EntityId == guid.ToString() || a.ParentId == guid.ToString() || a.TerritoryId == guid)
            : db.AuditTrail.Where(a => a.EntityId == id || a.ParentId == id);
        return AuditLines.PageAsync(db, accounts, query, request.Page, request.PageSize, cancellationToken);
    }
}
