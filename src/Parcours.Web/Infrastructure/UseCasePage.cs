using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A page over one use case: it sends MediatR requests through the same handlers and scope checks
/// as the API. A refused command comes back as French messages beside its fields (or at the top),
/// with what the person typed still in the form.
/// </summary>
public abstract class UseCasePage : PageModel
{
    public const string FlashKey = "flash";

    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    /// <summary>A message shown once on the next page (after a redirect).</summary>
    [TempData(Key = FlashKey)]
    public string? Flash { get; set; }

    protected Task<T> SendAsync<T>(IRequest<T> request) => Mediator.Send(request, HttpContext.RequestAborted);

    /// <summary>
    /// Sends a command; on a validation or rule error, records the messages in the model state (fields
    /// renamed through <paramref name="fields"/>) and returns null, so that the page shows the form again.
    /// </summary>
    protected Task<(bool Ok, T? Result)> TryAsync<T>(IRequest<T> command, IReadOnlyDictionary<string, string>? fields = null) =>
        TryAsync(command, field => fields is not null && fields.TryGetValue(field, out var mapped) ? mapped : field);

    /// <summary>As above, with a function that names the form field of each field of the command.</summary>
    protected async Task<(bool Ok, T? Result)> TryAsync<T>(IRequest<T> command, Func<string, string> fieldOf)
    {
        try
        {
            return (true, await SendAsync(command));
        }
        catch (RequestValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                var key = fieldOf(field);
                foreach (var message in messages) ModelState.AddModelError(key, message);
            }
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
        }
        catch (Application.Common.Exceptions.ForbiddenException forbidden)
        {
            ModelState.AddModelError(string.Empty, forbidden.Message);
        }
        return (false, default);
    }

    /// <summary>
    /// As above, for forms whose fields are named as C# spells the command's (« Phases[0].EndDate »),
    /// not as the API answers them (« phases[0].endDate »).
    /// </summary>
    protected Task<(bool Ok, T? Result)> TryFormAsync<T>(IRequest<T> command, Func<string, string> fieldOf) =>
        TryAsync(command, field => fieldOf(CSharpName(field)));

    internal static string CSharpName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>A stored file as a download (never shown inline: someone else uploaded it), kept out of shared caches.</summary>
    protected IActionResult Attachment(Application.Common.DocumentFile file)
    {
        Response.Headers[Microsoft.Net.Http.Headers.HeaderNames.CacheControl] = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }

    protected IActionResult RedirectWithFlash(string url, string message)
    {
        Flash = message;
        return LocalRedirect(url);
    }
}
