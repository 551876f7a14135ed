using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Privacy;

namespace Parcours.Api.Endpoints;

/// <summary>Personal data (RGPD): access, portability and erasure requests, and retention.</summary>
internal static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api").WithTags("Données personnelles").RequireAuthorization(Policies.Administrators);
        admin.MapGet("/people/{id:guid}/personal-data", ExportPersonalData)
            .Runs<ExportPersonalData>("Tout ce que Parcours conserve sur une personne (droit d'accès et portabilité) : une archive ZIP de fichiers JSON et un résumé en français.");
        admin.MapPost("/people/{id:guid}/erasure", ErasePerson)
            .Runs<ErasePerson>("Efface une personne (droit à l'effacement) : son identité devient « Personne supprimée n°… » partout, son adresse et son compte disparaissent ; les chiffres du programme ne changent pas.");
        admin.MapGet("/admin/retention", PreviewRetention)
            .Runs<PreviewRetention>("Ce que la conservation des données supprime (ou supprimerait, tant qu'elle simule) : notes confidentielles et messages des promotions terminées.");
        admin.MapPost("/admin/retention/run", ApplyRetention)
            .Runs<ApplyRetention>("Lance maintenant la tâche quotidienne de conservation (simulation tant que Retention:Apply est désactivé).");

        app.MapGet("/api/me/personal-data", ExportMyPersonalData).WithTags("Moi").RequireAuthorization()
            .Runs<ExportMyPersonalData>("Mes données : tout ce que Parcours conserve sur moi, en archive ZIP (JSON et résumé en français).");
    }

    private static async Task<FileContentHttpResult> ExportPersonalData(Guid id, IMediator m, CancellationToken ct) => Zip(await m.Send(new ExportPersonalData(id), ct));

    private static async Task<FileContentHttpResult> ExportMyPersonalData(IMediator m, CancellationToken ct) => Zip(await m.Send(new ExportMyPersonalData(), ct));

    private static Task<ErasureDto> ErasePerson(Guid id, IMediator m, CancellationToken ct) => m.Send(new ErasePerson(id), ct);

    private static Task<RetentionPreviewDto> PreviewRetention(IMediator m, CancellationToken ct) => m.Send(new PreviewRetention(), ct);

    private static Task<RetentionReport> ApplyRetention(IMediator m, CancellationToken ct) => m.Send(new ApplyRetention(), ct);

    private static FileContentHttpResult Zip(Application.Common.FileContent file) => TypedResults.File(file.Content, "application/zip", file.FileName);
}
