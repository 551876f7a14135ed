using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.People;

public sealed record ListPeople(string? Search = null, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<Paged<PersonDto>>;

internal sealed class ListPeopleValidator : AbstractValidator<ListPeople>
{
    public ListPeopleValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Search).OptionalText("recherche", 100);
    }
}

internal sealed class ListPeopleHandler(IParcoursDbContext db) : MediatR.IRequestHandler<ListPeople, Paged<PersonDto>>
{
    public async Task<Paged<PersonDto>> Handle(ListPeople request, CancellationToken cancellationToken)
    {
        // The directory lists whom one can work with: an erased person is only their pseudonym where they took part.
        var query = db.People.AsNoTracking().Where(p => p.ErasedAtUtc == null);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // Accents and case aside, each word in the name or the address: « heloise » finds « Héloïse ».
            foreach (var term in Domain.Common.Searchable.Terms(request.Search)) query = query.Where(p => p.SearchText.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        // In French alphabetical order on every database: « Écuyer » among the E, not after « Zola ».
        var people = await query.OrderBy(p => p.SearchText).ThenBy(p => p.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new Paged<PersonDto>([.. people.Select(PersonDto.From)], request.Page, request.PageSize, total);
    }
}
