using Parcours.Application.Resources;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Ressources;

/// <summary>One resource of the library: what it is, how it is classified, and the link to open or the file to download.</summary>
public sealed class RessourceModel : UseCasePage
{
    public ResourceDto Resource { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Resource = await SendAsync(new GetResource(id));
}
