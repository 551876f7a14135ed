using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Parcours.Api.Web;

/// <summary>
/// Makes each operation of the OpenAPI document say what it really does: a stable operationId, a
/// French summary and description with who may call it (from its authorization policy), the problem
/// answers it can give, the content type of the files it returns, and no security requirement when it
/// is public. Declared statuses are checked against the ones the authorization matrix observes.
/// </summary>
internal sealed partial class OperationContract : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Who = new(StringComparer.Ordinal)
    {
        [Policies.Administrators] = "administrateurs",
        [Policies.Coordinators] = "coordination",
        [Policies.CohortReaders] = "coordination ; catalyseurs de la promotion",
        [Policies.PeopleReaders] = "coordination, administrateurs",
        [Policies.Catalysts] = "catalyseurs (pour eux-mêmes)",
        [Policies.FollowUpReaders] = "coordination ; accompagnateurs (territoires suivis ce jour) ; catalyseurs (notes partagées avec leur binôme)",
        [Policies.FollowUpWriters] = "coordination ; accompagnateurs (territoires suivis ce jour)",
        [Policies.ActivityReaders] = "coordination ; accompagnateurs (leurs territoires) ; membres de comité (chiffres seulement)",
        [Policies.CommitteeReaders] = "coordination ; membres des comités où ils siègent ce jour",
        [Policies.DocumentReaders] = "coordination ; membres du comité ; catalyseurs et accompagnateurs de la promotion une fois partagé",
        [Policies.SharedDocumentReaders] = "coordination ; catalyseurs et accompagnateurs de la promotion",
        [Policies.RoadmapReaders] = "le binôme, ses accompagnateurs, la coordination ; membres de comité de la promotion (versions validées seulement)",
        [Policies.RoadmapDiscussion] = "relecteurs (coordination, accompagnateurs du territoire) ; le binôme répond",
        [Policies.RoadmapReviewers] = "coordination ; accompagnateurs du territoire",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var method = description.HttpMethod ?? "GET";
        // The route as the document shows it: « {id:guid} » becomes « {id} ».
        var route = "/" + RouteConstraint().Replace((description.RelativePath ?? "").Trim('/'), "{$1}");
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();

        // The endpoint's name is its use case's (« GetMe »); the document spells it camelCase (« getMe »).
        operation.OperationId = operation.OperationId is { Length: > 0 } name ? char.ToLowerInvariant(name[0]) + name[1..] : OperationId(method, route);
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var who = anonymous ? "sans connexion" : policies.Count == 0 ? "toute personne connectée" : string.Join(" ; ", policies.Select(p => Who.GetValueOrDefault(p, p)));
        operation.Description = $"{operation.Summary}\n\nQui : {who}. Ce qui n'est pas à vous est « introuvable » (404).";

        operation.Responses ??= [];
        var writes = method is not ("GET" or "HEAD");
        var hasBody = operation.RequestBody is not null;
        Problem(operation, "400", "Données invalides : `errors` nomme chaque champ (type urn:parcours:problem:validation ou malformed-request).");
        if (!anonymous)
        {
            Problem(operation, "401", "Non connecté, ou session terminée (urn:parcours:problem:unauthenticated, session-ended).");
            Problem(operation, "403", "Votre rôle ne permet pas cette opération (urn:parcours:problem:forbidden, cookie-write-refused).");
            Problem(operation, "404", "Introuvable : n'existe pas, ou ne vous est pas accessible (urn:parcours:problem:not-found).");
        }
        else if (route.Contains('{', StringComparison.Ordinal))
        {
            Problem(operation, "404", "Introuvable (urn:parcours:problem:not-found).");
        }
        if (writes)
        {
            Problem(operation, "409", "Règle du parcours enfreinte : `type` = urn:parcours:problem:<code de la règle> ; pour une feuille de route périmée (roadmap-stale), `current` porte le texte actuel.");
        }
        if (writes && route.Contains("/roadmap", StringComparison.Ordinal))
        {
            Problem(operation, "412", "If-Match ne correspond plus à la version actuelle (roadmap-stale) ; `current` porte le texte actuel et l'en-tête ETag sa version.");
        }
        if (hasBody)
        {
            Problem(operation, "413", "Corps trop volumineux.");
            Problem(operation, "415", "Type de contenu non pris en charge.");
        }
        if (route.StartsWith("/api/auth/", StringComparison.Ordinal))
        {
            Problem(operation, "401", "Identifiants ou jeton refusés (urn:parcours:problem:invalid-credentials, account-locked, invalid-refresh-token, refresh-token-used).");
            Problem(operation, "429", "Trop d'échecs de connexion : réessayez après Retry-After secondes.");
        }
        if (FileType(route) is { } type && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse file)
        {
            file.Content = new Dictionary<string, OpenApiMediaType>
            {
                [type] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            };
        }
        if (anonymous)
        {
            operation.Security = []; // Public: no token is asked for.
        }
        return Task.CompletedTask;
    }

    /// <summary>« GET /api/cohorts/{cohortId}/territories » → « getCohortsByCohortIdTerritories »: stable as long as the route is.</summary>
    public static string OperationId(string method, string route)
    {
        var words = Parameter().Replace(route.Replace("/api/", "/", StringComparison.Ordinal), " by $1 ")
            .Split(['/', '-', '.', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return method.ToLowerInvariant() + string.Concat(words);
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();

    private static string? FileType(string route) => route switch
    {
        _ when route.EndsWith(".pdf", StringComparison.Ordinal) => "application/pdf",
        _ when route.EndsWith(".csv", StringComparison.Ordinal) => "text/csv",
        _ when route.EndsWith(".ics", StringComparison.Ordinal) => "text/calendar",
        _ when route.EndsWith(".zip", StringComparison.Ordinal) => "application/zip",
        "/api/documents/{id}" => "application/octet-stream",
        _ => null,
    };

    private static void Problem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") },
            },
        };
    }
}
