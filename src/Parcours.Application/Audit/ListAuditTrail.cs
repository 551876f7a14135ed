using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Audit;

/// <summary>The whole trail, for administrators: filtered by who, what, which cohort and when, newest first.</summary>
public sealed record ListAuditTrail(Guid? PersonId = null, string? AccountId = null, string? UseCase = null, string? EntityType = null,
    AuditAction? Action = null, Guid? CohortId = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<AuditPage>;

internal sealed class ListAuditTrailValidator : AbstractValidator<ListAuditTrail>
{
    public ListAuditTrailValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.UseCase).OptionalText("cas d'usage", 100);
        RuleFor(x => x.EntityType).OptionalText("type d'élément", 100);
        RuleFor(x => x.AccountId).OptionalText("compte", 100);
        RuleFor(x => x.Action!.Value).KnownValue("action").OverridePropertyName("action").When(x => x.Action is not null);
        // Bounded: the day after « to » must still be a date.
        RuleFor(x => x.From).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).When(x => x.From is not null)
            .WithMessage("La date de début est comprise entre 2000 et 2100.");
        RuleFor(x => x.To).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).When(x => x.To is not null)
            .WithMessage("La date de fin est comprise entre 2000 et 2100.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("La date de fin suit la date de début.");
    }
}

internal sealed class ListAuditTrailHandler(IParcoursDbContext db, Accounts.IAccountService accounts) : MediatR.IRequestHandler<ListAuditTrail, AuditPage>
{
    public Task<AuditPage> Handle(ListAuditTrail request, CancellationToken cancellationToken)
    {
        var query = db.AuditTrail;
        if (request.PersonId is { } person) query = query.Where(a => a.PersonId == person);
        if (!string.IsNullOrWhiteSpace(request.AccountId)) query = query.Where(a => a.AccountId == request.AccountId);
        if (!string.IsNullOrWhiteSpace(request.UseCase)) query = query.Where(a => a.UseCase == request.UseCase.Trim());
        if (!string.IsNullOrWhiteSpace(request.EntityType)) query = query.Where(a => a.EntityType == request.EntityType.Trim());
        if (request.Action is { } action) query = query.Where(a => a.Action == action);
        if (request.CohortId is { } cohort) query = query.Where(a => a.CohortId == cohort);
        if (request.From is { } from)
        {
            var start = FrenchTime.StartOfDayUtc(from);
            query = query.Where(a => a.AtUtc >= start);
        }
        if (request.To is { } to)
        {
            var end = FrenchTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.AtUtc < end);
        }
        return AuditLines.PageAsync(db, accounts, query, request.Page, request.PageSize, cancellationToken);
    }
}
