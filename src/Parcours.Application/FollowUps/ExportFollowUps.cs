using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Csv;

namespace Parcours.Application.FollowUps;

/// <summary>The entries the caller may read — and only those — as a CSV for French Excel.</summary>
public sealed record ExportFollowUps(Guid CohortId) : IQuery<FileContent>;

internal sealed class ExportFollowUpsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ExportFollowUps, FileContent>
{
    public async Task<FileContent> Handle(ExportFollowUps request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        var rows = await (from e in scope.Entries(db.FollowUpEntries.AsNoTracking(), request.CohortId)
                          join p in db.Participations.AsNoTracking() on new { e.CohortId, e.TerritoryId } equals new { p.CohortId, p.TerritoryId }
                          orderby p.TerritoryName, e.Date
                          select new { e.Id, e.TerritoryId, e.CohortId, p.TerritoryName, e.Date, e.Kind, e.DurationMinutes, e.Visibility, e.Author, e.Notes }).ToListAsync(cancellationToken);
        await ConfidentialReads.RecordAsync(db, rows.Select(r => (r.Id, r.TerritoryId, r.CohortId, r.Visibility)), cancellationToken);
        var text = new StringBuilder(CsvText.Line(["Territoire", "Date", "Type", "Durée (min)", "Visibilité", "Auteur", "Notes"])).Append("\r\n");
        foreach (var r in rows)
        {
            text.Append(CsvText.Line([r.TerritoryName, r.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), FollowUpLabels.Kind(r.Kind),
                r.DurationMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture), FollowUpLabels.Visibility(r.Visibility), r.Author, r.Notes])).Append("\r\n");
        }
        return new FileContent("suivi-individuel.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }
}

public static class FollowUpLabels
{
    public static string Kind(Domain.FollowUps.FollowUpKind kind) => kind switch
    {
        Domain.FollowUps.FollowUpKind.EntretienTelephonique => "Entretien téléphonique",
        Domain.FollowUps.FollowUpKind.Visioconference => "Visioconférence",
        Domain.FollowUps.FollowUpKind.Rencontre => "Rencontre",
        Domain.FollowUps.FollowUpKind.VisiteTerrain => "Visite terrain",
        Domain.FollowUps.FollowUpKind.BilateraleLancement => "Bilatérale de lancement",
        _ => "Autre",
    };

    public static string Visibility(Domain.FollowUps.FollowUpVisibility visibility) =>
        visibility == Domain.FollowUps.FollowUpVisibility.SharedWithPair ? "Partagée avec le binôme" : "Interne";
}
