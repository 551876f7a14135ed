using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record ImportPreviewRowDto(int Line, string Name, string KindLabel, string RegionLabel, string CarrierKindLabel, string? OfficialCode,
    string? ContactName, string? ContactEmail, bool AlreadyKnown);

public sealed record ImportLineErrorDto(int Line, IReadOnlyList<string> Messages);

/// <summary>What the import would write (<see cref="Rows"/>), or why it would refuse the file, line by line (<see cref="Errors"/>).</summary>
public sealed record ImportPreviewDto(IReadOnlyList<ImportPreviewRowDto> Rows, IReadOnlyList<ImportLineErrorDto> Errors, bool Empty, bool TooLong);

/// <summary>Reads a spreadsheet of territories as the import would, and writes nothing: the coordinator sees it first.</summary>
public sealed record PreviewTerritoryImport(Guid CohortId, byte[] Content) : IQuery<ImportPreviewDto>;

internal sealed class PreviewTerritoryImportHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<PreviewTerritoryImport, ImportPreviewDto>
{
    public async Task<ImportPreviewDto> Handle(PreviewTerritoryImport request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        if (!access.IsCoordinator) throw new Common.Exceptions.NotFoundException("Promotion introuvable.");
        var (rows, errors, known) = await TerritoryImportCheck.CheckAsync(db, request.CohortId, request.Content, cancellationToken);
        return new ImportPreviewDto(
            [.. rows.Select(r => new ImportPreviewRowDto(r.Line, r.Profile.Name.Trim(), FrenchLabels.Label(r.Profile.Kind), FrenchLabels.Label(r.Profile.Region),
                FrenchLabels.Label(r.Profile.CarrierKind), r.Profile.OfficialCode, r.Profile.ContactName, r.Profile.ContactEmail,
                r.Profile.OfficialCode is { } code && known.ContainsKey(code)))],
            [.. errors.Select(e => new ImportLineErrorDto(e.Key, e.Value))],
            rows.Count == 0 && errors.Count == 0,
            rows.Count > TerritoryImportCheck.MaxRows);
    }
}
