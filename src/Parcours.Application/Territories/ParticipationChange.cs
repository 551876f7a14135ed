using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

/// <summary>What accepting, declining and withdrawing share: find the invitation, change it, save.</summary>
internal static class ParticipationChange
{
    public static async Task<CohortTerritoryDto> ApplyAsync(
        IParcoursDbContext db, Guid cohortId, Guid territoryId, Action<Participation> change, CancellationToken ct)
    {
        var participation = await db.Participations.Include(p => p.Events)
            .SingleOrDefaultAsync(p => p.CohortId == cohortId && p.TerritoryId == territoryId, ct)
            ?? throw NotFoundException.Territory();
        change(participation);
        await db.SaveChangesAsync(ct);
        var territory = await db.Territories.AsNoTracking().SingleAsync(t => t.Id == territoryId, ct);
        return CohortTerritoryDto.From(participation, territory, withHistory: true);
    }

    public static void ReasonRules<T>(AbstractValidator<T> validator, Func<T, string?> reason) =>
        validator.RuleFor(x => reason(x))
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Le motif est obligatoire.")
            .MaximumLength(Validation.TextMax).WithMessage($"Le motif dépasse {Validation.TextMax} caractères.")
            .OverridePropertyName("reason");
}
