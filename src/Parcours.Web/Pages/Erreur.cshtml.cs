using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>The error pages of the interface: « introuvable » for what does not exist and for what is not the caller's.</summary>
[IgnoreAntiforgeryToken] // Also shown in place of a refused POST (re-executed with its method).
public sealed class ErreurModel : UseCasePage
{
    public int Code { get; private set; }
    public string? Detail { get; private set; }

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Shown at its own address, the page says what it is about; re-executed, it keeps the original status.
        Code = code is >= 400 and <= 599 ? code : 404;
        Detail = HttpContext.Items[UseCaseExceptionFilter.MessageKey] as string;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null) Response.StatusCode = Code;
    }
}
