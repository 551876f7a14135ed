using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Api.Web;

/// <summary>
/// The one place where exceptions become RFC 9457 answers: validation 400, missing 404, broken
/// rule 409, malformed or oversized request 400/413/415, anything else a bare 500 (logged, never
/// shown).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var jsonDetail = exception is BadHttpRequestException { InnerException: JsonException json } ? await JsonProblems.DescribeAsync(http, json) : null;
        var problem = exception switch
        {
            RequestValidationException e => new ValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value))
            {
                Status = 400,
                Type = Problems.Type("validation"),
                Title = "Certaines données sont invalides.",
                Detail = "Corrigez les champs signalés dans « errors » puis renvoyez la requête.",
            },
            NotFoundException e => new ProblemDetails { Status = 404, Type = Problems.Type("not-found"), Title = "Ressource introuvable.", Detail = e.Message },
            ForbiddenException e => new ProblemDetails { Status = 403, Type = Problems.Type(e.Code), Title = Problems.Title(403), Detail = e.Message },
            DomainRuleException e => new ProblemDetails { Status = 409, Type = Problems.Type(e.Code), Title = "L'opération contredit une règle du parcours.", Detail = e.Message },
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409, Type = Problems.Type("conflict-concurrent"), Title = "L'opération contredit une règle du parcours.",
                Detail = "Quelqu'un a modifié la même donnée au même moment ; rechargez-la et refaites votre modification.",
            },
            Microsoft.EntityFrameworkCore.DbUpdateException e when IsUniqueViolation(e) => new ProblemDetails
            {
                Status = 409, Type = Problems.Type("conflict-concurrent"), Title = "L'opération contredit une règle du parcours.",
                Detail = "Une modification concurrente a créé la même donnée ; rechargez et réessayez.",
            },
            BadHttpRequestException e => FromBadRequest(e, http, jsonDetail),
            Parcours.Application.Roadmaps.StaleWriteException e => Stale(http, e),
            Parcours.Application.Common.DocumentRefusedException e => new ProblemDetails { Status = e.Status, Type = Problems.Type(e.Code), Title = Problems.Title(e.Status), Detail = e.Message },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = 500 };
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Server error on {Method} {Path}", http.Request.Method, http.Request.Path);
        }
        http.Response.StatusCode = problem.Status!.Value;
        if (!Parcours.Web.WebModule.IsApi(http))
        {
            // A page: a French page, not JSON (pages handle their own expected errors; this is the unexpected).
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(ErrorPage, cancellationToken);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private const string ErrorPage = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Erreur — Parcours</title></head>
        <body><main><h1>Une erreur est survenue</h1><p>Votre demande n'a pas pu aboutir. Revenez en arrière pour retrouver votre saisie,
        puis réessayez ; si l'erreur persiste, prévenez la coordination du programme.</p><p><a href="/">Retour à mon espace</a></p></main></body></html>
        """;

    /// <summary>409 — or 412 when the client used If-Match — with the current text, so the writer can merge rather than lose.</summary>
    private static ProblemDetails Stale(HttpContext http, Parcours.Application.Roadmaps.StaleWriteException e)
    {
        var status = http.Request.Headers.IfMatch.Count > 0 ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict;
        var problem = new ProblemDetails
        {
            Status = status, Type = Problems.Type("roadmap-stale"), Title = Problems.Title(status),
            Detail = $"La feuille de route a été modifiée entre-temps (version {e.Current.Version}) : votre texte n'est pas perdu, reprenez-le sur la version actuelle jointe (« current »).",
        };
        problem.Extensions["current"] = e.Current;
        http.Response.Headers.ETag = $"\"{e.Current.Version}\"";
        return problem;
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException e, HttpContext http, string? jsonDetail)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails { Status = 413, Detail = "Le corps de la requête dépasse la taille autorisée." };
        }
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails { Status = 415 };
        }
        var detail = jsonDetail
            ?? (e.InnerException is InvalidDataException or IOException
            ? e.Message
            : e.InnerException is null && http.Request.ContentLength is 0 or null && http.Request.Headers.TransferEncoding.Count == 0
              && (HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method))
            ? "Le corps de la requête est obligatoire."
            : "La requête est mal formée : vérifiez les paramètres de l'adresse et le corps envoyé.");
        return new ProblemDetails { Status = 400, Type = Problems.Type("malformed-request"), Title = "La requête est invalide.", Detail = detail };
    }

    private static bool IsUniqueViolation(Microsoft.EntityFrameworkCore.DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
