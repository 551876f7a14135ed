using Parcours.Application.Common;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>
/// Showing an internal (confidential) note leaves a line in the audit trail — who read which note, when —
/// written before the note is returned, so that no read escapes it. Notes shared with the binôme are not
/// confidential and are not traced.
/// </summary>
internal static class ConfidentialReads
{
    public const string EntityType = nameof(FollowUpEntry);

    public static async Task RecordAsync(IParcoursDbContext db, IEnumerable<(Guid Id, Guid TerritoryId, Guid CohortId, FollowUpVisibility Visibility)> shown, CancellationToken ct)
    {
        var any = false;
        foreach (var note in shown.Where(n => n.Visibility == FollowUpVisibility.Internal))
        {
            db.RecordRead(EntityType, note.Id, note.TerritoryId, note.CohortId);
            any = true;
        }
        if (any) await db.SaveChangesAsync(ct);
    }
}
