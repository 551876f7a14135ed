using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Accounts;
using Parcours.Application.Common.Paging;

namespace Parcours.Api.Endpoints;

public sealed record CreateAccountBody(string Email, string Password, IReadOnlyList<string>? Roles, Guid? PersonId = null);
public sealed record SetRolesBody(IReadOnlyList<string>? Roles);
public sealed record LinkPersonBody(Guid PersonId);
public sealed record LockBody(bool Locked);

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/accounts").WithTags("Comptes").RequireAuthorization(Policies.Administrators);

        group.MapGet("/", (IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize, string? search = null) =>
            m.Send(new ListAccounts(page, pageSize, search), ct));
        group.MapPost("/", async (CreateAccountBody body, IMediator m, CancellationToken ct) =>
        {
            var account = await m.Send(new CreateAccount(body.Email, body.Password, body.Roles, body.PersonId), ct);
            return TypedResults.Created($"/api/admin/accounts/{account.Id}", account);
        });
        group.MapPut("/{id}/roles", (string id, SetRolesBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SetAccountRoles(id, body.Roles), ct));
        group.MapPut("/{id}/person", (string id, LinkPersonBody body, IMediator m, CancellationToken ct) =>
            m.Send(new LinkAccountPerson(id, body.PersonId), ct));
        group.MapPut("/{id}/lock", (string id, LockBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SetAccountLock(id, body.Locked), ct));
    }
}
