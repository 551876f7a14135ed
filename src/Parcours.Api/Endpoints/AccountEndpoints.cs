using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Accounts;
using Parcours.Application.Common.Paging;

namespace Parcours.Api.Endpoints;

/// <summary>Accounts, for administrators. Commands are bound from the body; the account's id comes from the route.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/accounts").WithTags("Comptes").RequireAuthorization(Policies.Administrators);
        group.MapGet("/", ListAccounts).Runs<ListAccounts>("Liste paginée des comptes (recherche sur l'e-mail), avec leurs rôles et la personne liée.");
        group.MapPost("/", CreateAccount).Runs<CreateAccount>("Ouvre un compte (e-mail, mot de passe, rôles, personne liée).");
        group.MapPut("/{id}/roles", SetAccountRoles).Runs<SetAccountRoles>("Remplace les rôles d'un compte (effet immédiat : ses sessions en cours prennent fin).");
        group.MapPut("/{id}/person", LinkAccountPerson).Runs<LinkAccountPerson>("Lie un compte à une personne du programme.");
        group.MapPut("/{id}/lock", SetAccountLock).Runs<SetAccountLock>("Verrouille un compte (ses sessions prennent fin) ou le déverrouille.");
    }

    private static Task<Paged<AccountDto>> ListAccounts(IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize, string? search = null) =>
        m.Send(new ListAccounts(page, pageSize, search), ct);

    private static async Task<Created<AccountDto>> CreateAccount(CreateAccount command, IMediator m, CancellationToken ct)
    {
        var account = await m.Send(command, ct);
        return TypedResults.Created($"/api/admin/accounts/{account.Id}", account);
    }

    private static Task<AccountDto> SetAccountRoles(string id, SetAccountRoles command, IMediator m, CancellationToken ct) => m.Send(command with { UserId = id }, ct);

    private static Task<AccountDto> LinkAccountPerson(string id, LinkAccountPerson command, IMediator m, CancellationToken ct) => m.Send(command with { UserId = id }, ct);

    private static Task<AccountDto> SetAccountLock(string id, SetAccountLock command, IMediator m, CancellationToken ct) => m.Send(command with { UserId = id }, ct);
}
