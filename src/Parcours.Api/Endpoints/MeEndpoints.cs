using MediatR;
using Parcours.Application.Me;

namespace Parcours.Api.Endpoints;

internal static class MeEndpoints
{
    /// <summary>Any signed-in person (the fallback policy) may ask who they are.</summary>
    public static void MapMeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", (IMediator m, CancellationToken ct) => m.Send(new GetMe(), ct)).WithTags("Moi").RequireAuthorization();
}
