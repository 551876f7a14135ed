using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>Sign-out: a POST with the form token (a link could be followed by another site).</summary>
public sealed class DeconnexionModel(IInteractiveSignIn signIn) : UseCasePage
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/connexion");
    }
}
