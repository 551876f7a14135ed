using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Audit;
using Parcours.Application.Common.Paging;

namespace Parcours.Api.Endpoints;

/// <summary>The audit trail: whole for administrators, item by item for coordination.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/audit").WithTags("Journal d'audit").RequireAuthorization(Policies.Administrators)
            .MapGet("/", ListAuditTrail)
            .Runs<ListAuditTrail>("Le journal d'audit, du plus récent au plus ancien : qui a fait quoi, quand, sur quel élément ; filtré par personne, compte, cas d'usage, type d'élément, action, promotion et dates.");
        app.MapGroup("/api/history").WithTags("Journal d'audit").RequireAuthorization(Policies.HistoryReaders)
            .MapGet("/{itemId}", GetItemHistory)
            .Runs<GetItemHistory>("L'historique d'un élément (territoire, feuille de route, note de suivi, compte…) : ses modifications, celles de ce qui lui appartient, et les lectures des notes confidentielles.");
    }

    private static Task<AuditPage> ListAuditTrail(IMediator m, CancellationToken ct, Guid? personId = null, string? accountId = null, string? useCase = null,
        string? entityType = null, AuditAction? action = null, Guid? cohortId = null, DateOnly? from = null, DateOnly? to = null,
        int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new ListAuditTrail(personId, accountId, useCase, entityType, action, cohortId, from, to, page, pageSize), ct);

    private static Task<AuditPage> GetItemHistory(string itemId, IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new GetItemHistory(itemId, page, pageSize), ct);
}
