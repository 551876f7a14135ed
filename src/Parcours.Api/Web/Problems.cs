using Microsoft.AspNetCore.Mvc;

namespace Parcours.Api.Web;

/// <summary>Stable problem <c>type</c> URIs and the French titles a person reads.</summary>
internal static class Problems
{
    public const string TypePrefix = "urn:parcours:problem:";

    public static string Type(string code) => TypePrefix + code;

    /// <summary>Answers a request from a middleware with a French problem (the endpoint never runs).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = Type(code), Title = Title(status), Detail = detail },
        });
    }

    public static string Title(int status) => status switch
    {
        400 => "La requête est invalide.",
        401 => "Authentification requise.",
        403 => "Accès refusé.",
        404 => "Ressource introuvable.",
        405 => "Méthode non autorisée.",
        409 => "L'opération contredit une règle du parcours.",
        412 => "La ressource a changé depuis votre lecture.",
        413 => "La requête est trop volumineuse.",
        415 => "Type de contenu non pris en charge.",
        429 => "Trop de tentatives.",
        _ => status >= 500 ? "Erreur interne du serveur." : "La requête n'a pas abouti.",
    };

    public static string Detail(int status) => status switch
    {
        401 => "Connectez-vous (POST /api/auth/login) puis présentez le jeton ou le cookie obtenu.",
        403 => "Votre rôle ne permet pas cette action.",
        404 => "Aucune ressource ne correspond à cette adresse.",
        405 => "Cette adresse n'accepte pas cette méthode HTTP.",
        415 => "Envoyez le corps au format attendu (application/json, ou text/csv pour un import).",
        _ => status >= 500 ? "Une erreur inattendue s'est produite ; elle a été journalisée." : Title(status),
    };

    public static string Code(int status) => status switch
    {
        400 => "bad-request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        409 => "conflict",
        412 => "precondition-failed",
        413 => "payload-too-large",
        415 => "unsupported-media-type",
        429 => "too-many-requests",
        _ => status >= 500 ? "internal-error" : "http-" + status,
    };

    /// <summary>Gives every problem a French title, a stable type and the trace id, and nothing more.</summary>
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        // A problem made by the framework (English title, RFC link as type) gets our French
        // title and stable type; one made by Parcours already has both.
        if (problem.Type is null || !problem.Type.StartsWith(TypePrefix, StringComparison.Ordinal))
        {
            problem.Type = Type(Code(status));
            problem.Title = Title(status);
        }
        problem.Title ??= Title(status);
        problem.Detail ??= Detail(status);
        problem.Instance ??= http.Request.Path;
        problem.Extensions.Remove("exception");
        problem.Extensions["traceId"] = http.TraceIdentifier;
    }
}
