using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Parcours.Api.Web;

/// <summary>
/// Explains in French why a JSON body was refused, from the types involved — the body kept in memory
/// for this (API requests are buffered) and the operation's declared request type — never from the
/// English text of the serializer's exception, which a runtime update may change.
/// </summary>
internal static class JsonProblems
{
    /// <summary>API bodies are small (a body size limit applies): keep them so that a refusal can name its fields.</summary>
    public static IApplicationBuilder UseJsonBodyBuffering(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && context.Request.HasJsonContentType())
        {
            context.Request.EnableBuffering();
            // Kept now: the exception handler runs after the endpoint has been cleared from the context.
            context.Items[typeof(JsonProblems)] = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        }
        return next(context);
    });

    public static async Task<string> DescribeAsync(HttpContext http, JsonException error)
    {
        var type = http.Items[typeof(JsonProblems)] as Type;
        JsonDocument? document = null;
        try
        {
            if (http.Request.Body.CanSeek)
            {
                http.Request.Body.Position = 0;
                document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            }
        }
        catch (JsonException)
        {
            return $"Le JSON envoyé est mal formé{(error.LineNumber is { } line ? $" (ligne {line + 1})" : "")} : vérifiez les guillemets, virgules et accolades.";
        }
        using (document)
        {
            if (document?.RootElement.ValueKind == JsonValueKind.Object && type is not null && type != typeof(string))
            {
                var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.OrdinalIgnoreCase);
                var sent = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
                var unknown = sent.Keys.Where(k => !properties.ContainsKey(k)).ToList();
                if (unknown.Count > 0)
                {
                    return $"Champ(s) inconnu(s) : {string.Join(", ", unknown.Select(u => $"« {u} »"))}. Vérifiez leur orthographe : un champ inconnu n'est jamais ignoré.";
                }
                var required = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters()
                    .Where(p => !p.HasDefaultValue && p.Name is not null).ToList() ?? [];
                var nullability = new NullabilityInfoContext(); // not thread-safe: one per explanation
                var missing = required
                    .Where(p => !sent.TryGetValue(p.Name!, out var value)
                        || (value.ValueKind == JsonValueKind.Null && nullability.Create(p).WriteState == NullabilityState.NotNull))
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).ToList();
                if (missing.Count > 0)
                {
                    return $"Champ(s) obligatoire(s) absent(s) ou nul(s) : {string.Join(", ", missing.Select(m => $"« {m} »"))}.";
                }
            }
        }
        var path = error.Path is { Length: > 1 } p1 ? p1.TrimStart('$', '.') : null;
        return $"Le JSON envoyé est invalide{(path is null ? "" : $" au champ « {path} »")} : valeur manquante, mal formée ou d'un type inattendu.";
    }
}
