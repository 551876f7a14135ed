using Parcours.Application.Accounts;
using Parcours.Application.Common;

namespace Parcours.Application.Privacy;

/// <summary>An administrator answers a person's access request: everything Parcours holds about them, as a ZIP.</summary>
public sealed record ExportPersonalData(Guid PersonId) : IQuery<FileContent>;

internal sealed class ExportPersonalDataHandler(IParcoursDbContext db, IAccountService accounts, TimeProvider clock)
    : MediatR.IRequestHandler<ExportPersonalData, FileContent>
{
    public Task<FileContent> Handle(ExportPersonalData request, CancellationToken cancellationToken) =>
        PersonalData.ExportAsync(db, accounts, request.PersonId, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
