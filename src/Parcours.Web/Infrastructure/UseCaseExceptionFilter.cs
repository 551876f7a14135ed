using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// What a page does not handle itself: anything the caller may not see is « introuvable » (404),
/// exactly as for something that does not exist; a rule the request broke is explained on the error
/// page (409). Pages with a form catch validation and rule errors themselves, to show them beside the fields.
/// </summary>
internal sealed class UseCaseExceptionFilter : IAsyncPageFilter
{
    public const string MessageKey = "parcours.error-message";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            case ForbiddenException forbidden:
                context.HttpContext.Items[MessageKey] = forbidden.Message;
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
            case DomainRuleException rule:
                context.HttpContext.Items[MessageKey] = rule.Message;
                executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                executed.ExceptionHandled = true;
                break;
            case RequestValidationException invalid:
                context.HttpContext.Items[MessageKey] = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
                executed.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                executed.ExceptionHandled = true;
                break;
        }
    }
}
