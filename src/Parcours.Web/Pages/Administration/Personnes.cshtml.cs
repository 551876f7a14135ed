using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>The directory, for administrators answering a person's RGPD request: export, history, erasure.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class PersonnesModel : UseCasePage
{
    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<PersonDto> People { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var (ok, people) = await TryAsync(new ListPeople(Search, Math.Max(1, PageNumber), 50), f => f == "search" ? "q" : f);
        People = ok ? people! : await SendAsync(new ListPeople(null, 1, 50));
    }
}
