using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

public sealed record NextStepDto(Guid Id, string Title, string Owner, Guid? OwnerPersonId, DateOnly DueDate, DateTime? DoneAtUtc, bool Overdue);

/// <summary>An entry as its reader may see it; the revision history only for those who may read everything.</summary>
public sealed record FollowUpDto(
    Guid Id, Guid CohortId, Guid TerritoryId, DateOnly Date, FollowUpKind Kind, int? DurationMinutes, IReadOnlyList<string> Participants,
    string Notes, FollowUpVisibility Visibility, string Author, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, int Version, Guid? FieldVisitId,
    IReadOnlyList<NextStepDto> NextSteps, IReadOnlyList<FollowUpRevision>? Revisions)
{
    public static FollowUpDto From(FollowUpEntry e, DateOnly today, bool withRevisions) => new(
        e.Id, e.CohortId, e.TerritoryId, e.Date, e.Kind, e.DurationMinutes, e.Participants, e.Notes, e.Visibility, e.Author,
        e.CreatedAtUtc, e.UpdatedAtUtc, e.Version, e.FieldVisitId,
        [.. e.NextSteps.OrderBy(s => s.DueDate).Select(s => new NextStepDto(s.Id, s.Title, s.Owner, s.OwnerPersonId, s.DueDate, s.DoneAtUtc, s.DoneAtUtc is null && s.DueDate < today))],
        withRevisions ? e.Revisions : null);
}

/// <summary>What an author writes in an entry, checked field by field (French messages, 400).</summary>
public sealed record FollowUpInput(
    DateOnly Date, FollowUpKind Kind, string? Notes, FollowUpVisibility Visibility, int? DurationMinutes,
    IReadOnlyList<string>? Participants, IReadOnlyList<NextStepDraft>? NextSteps)
{
    public FollowUpContent ToContent() => new(Date, Kind, DurationMinutes, Participants ?? [], Notes ?? "", Visibility, NextSteps ?? []);
}

internal sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator()
    {
        RuleFor(x => x.Kind).KnownValue("type d'échange");
        RuleFor(x => x.Visibility).KnownValue("visibilité");
        RuleFor(x => x.Notes).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Les notes sont obligatoires.")
            .MaximumLength(FollowUpEntry.NotesMax).WithMessage($"Les notes dépassent {FollowUpEntry.NotesMax} caractères : découpez-les en plusieurs échanges.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(1, 24 * 60).When(x => x.DurationMinutes is not null)
            .WithMessage("La durée est comprise entre 1 et 1 440 minutes.");
        RuleFor(x => x.Participants).Must(p => p is null || p.Count <= 50).WithMessage("50 participants au plus.");
        RuleForEach(x => x.Participants).MaximumLength(200).WithMessage("Un participant dépasse 200 caractères.");
        RuleFor(x => x.NextSteps).Must(s => s is null || s.Count <= 50).WithMessage("50 prochaines étapes au plus.");
        RuleForEach(x => x.NextSteps).ChildRules(step =>
        {
            step.RuleFor(s => s.Title).RequiredName("prochaine étape");
            step.RuleFor(s => s.Owner).RequiredName("responsable");
        });
        RuleForEach(x => x.NextSteps).Must((x, s) => s.DueDate >= x.Date)
            .WithMessage((x, s) => $"L'échéance ({s.DueDate:dd/MM/yyyy}) précède la date de l'échange ({x.Date:dd/MM/yyyy}).");
    }
}
