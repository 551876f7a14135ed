using Parcours.Application.People;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.FollowUps;

/// <summary>
/// Changes an entry. The writer says which version they started from: if someone saved in between,
/// the answer is 409 with the current text, and nothing typed is lost silently.
/// </summary>
public sealed record EditFollowUp(Guid Id, int ExpectedVersion, FollowUpInput Input) : ICommand<FollowUpDto>;

internal sealed class EditFollowUpValidator : AbstractValidator<EditFollowUp>
{
    public EditFollowUpValidator()
    {
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("Indiquez la version de la note sur laquelle vous êtes parti (champ version).");
        RuleFor(x => x.Input).SetValidator(new FollowUpInputValidator()).OverridePropertyName("");
    }
}

internal sealed class EditFollowUpHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<EditFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(EditFollowUp request, CancellationToken cancellationToken)
    {
        var (entry, scope) = await FollowUpLoader.LoadAsync(db, access, request.Id, tracking: true, cancellationToken);
        if (!scope.CanWrite(entry.TerritoryId))
        {
            // A catalyst reads shared entries but never writes them; answer as for any entry they cannot touch.
            throw new NotFoundException("Cette note de suivi");
        }
        await KnownPeople.EnsureAsync(db, RecordFollowUpHandler.NextStepOwners(request.Input), cancellationToken);
        entry.Edit(request.ExpectedVersion, request.Input.ToContent(), access.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return FollowUpDto.From(entry, FrenchTime.Today(clock), withRevisions: true);
    }
}
