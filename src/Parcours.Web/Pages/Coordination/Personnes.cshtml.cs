using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The programme's people (catalysts, coaches, committee members), searched; each can be invited to
/// open their account with the role that fits — the e-mail carries a link to choose a password.
/// </summary>
public sealed class PersonnesModel : CoordinationPage
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> InvitableRoles =
    [
        new(Roles.Catalyst, "Catalyseur"), new(Roles.Coach, "Accompagnateur"), new(Roles.CommitteeMember, "Membre de comité"),
    ];

    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? Role { get; set; }

    public Paged<PersonDto> People { get; private set; } = null!;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostInviterAsync(Guid id)
    {
        var (ok, sent) = await TryFormAsync(new InvitePeople([id], Role), f => f == "Role" ? "" : f);
        if (ok)
        {
            var result = sent![0];
            return RedirectWithFlash("/personnes?q=" + Uri.EscapeDataString(result.Email), result.Sent
                ? $"Invitation envoyée à {result.Email} : le lien pour choisir un mot de passe vaut trois jours."
                : $"L'invitation à {result.Email} n'est pas partie : {result.Error}");
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var (ok, people) = await TryFormAsync(new ListPeople(Search, Math.Max(1, PageNumber), Paging.MaxSize), f => f == "Search" ? "q" : f);
        People = ok ? people! : await SendAsync(new ListPeople(null, 1, Paging.MaxSize));
    }
}
