using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Parcours.Api.Web;

/// <summary>Declares the bearer token in the OpenAPI document, so Swagger UI offers « Authorize ».</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Parcours — API";
        document.Info.Description = "Parcours d'expérience co-construction territoriale. Connectez-vous avec POST /api/auth/login, puis « Authorize » avec le jeton (accessToken).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Jeton obtenu par POST /api/auth/login.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
