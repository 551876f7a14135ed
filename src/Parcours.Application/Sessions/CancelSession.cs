using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

/// <summary>Cancels a session; it stays listed, marked cancelled, and calendars show it cancelled.</summary>
public sealed record CancelSession(string? Reason = null) : ICommand<SessionDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class CancelSessionValidator : AbstractValidator<CancelSession>
{
    public CancelSessionValidator() =>
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Le motif d'annulation est obligatoire.")
            .MaximumLength(Validation.TextMax);
}

internal sealed class CancelSessionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<CancelSession, SessionDto>
{
    public async Task<SessionDto> Handle(CancelSession request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.Id, tracking: true, cancellationToken);
        session.Cancel(request.Reason!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return SessionDto.From(session);
    }
}
