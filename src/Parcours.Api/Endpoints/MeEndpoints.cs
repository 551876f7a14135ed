using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Me;

namespace Parcours.Api.Endpoints;

internal static class MeEndpoints
{
    /// <summary>Any signed-in person (the fallback policy) may ask who they are.</summary>
    public static void MapMeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", GetMe).WithTags("Moi").RequireAuthorization()
            .Runs<GetMe>("Qui suis-je : compte, rôles, personne liée et binômes en cours.");

    private static Task<MeDto> GetMe(IMediator m, CancellationToken ct) => m.Send(new GetMe(), ct);
}
