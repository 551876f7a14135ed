using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Privacy;

/// <summary>« Mes données » : a signed-in person downloads what Parcours holds about them, without asking anyone.</summary>
public sealed record ExportMyPersonalData : IQuery<FileContent>;

internal sealed class ExportMyPersonalDataHandler(IParcoursDbContext db, IAccountService accounts, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ExportMyPersonalData, FileContent>
{
    public async Task<FileContent> Handle(ExportMyPersonalData request, CancellationToken cancellationToken) =>
        await PersonalData.ExportAsync(db, accounts, await MyPerson.IdAsync(access, cancellationToken), clock.GetUtcNow().UtcDateTime, cancellationToken);
}
