using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Parcours.Api.Web;

/// <summary>
/// The programme's times are Paris wall-clock times (« 2018-05-03T09:30:00 »): read back without an
/// offset, they are not RFC 3339 date-times, so the document declares them for what they are — a
/// pattern and a description — instead of a « date-time » that 200 answers would break. Instants
/// (properties ending in « Utc ») keep « date-time »: they are written with « Z ».
/// </summary>
internal sealed class ParisTimeSchema : IOpenApiSchemaTransformer
{
    public const string Pattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property
            && (property.PropertyType == typeof(DateTime) || property.PropertyType == typeof(DateTime?))
            && !property.Name.EndsWith("Utc", StringComparison.OrdinalIgnoreCase))
        {
            schema.Format = null;
            schema.Pattern = Pattern;
            schema.Description = "Heure de Paris (Europe/Paris), sans décalage : « 2018-05-03T09:30:00 ». En entrée, un décalage explicite (« Z », « +02:00 ») est aussi accepté.";
        }
        return Task.CompletedTask;
    }
}
