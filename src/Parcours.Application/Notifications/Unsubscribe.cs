using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Reminders;

namespace Parcours.Application.Notifications;

public sealed record UnsubscribeResult(string Message);

/// <summary>
/// The link at the foot of a reminder e-mail: without signing in, stops the e-mails of that kind for
/// that person (the inbox keeps them). The token is signed; a forged or altered one changes nothing.
/// </summary>
public sealed record Unsubscribe(string? Token) : ICommand<UnsubscribeResult>;

internal sealed class UnsubscribeHandler(IParcoursDbContext db, IUnsubscribeTokens tokens, People.IPeopleFacts people) : MediatR.IRequestHandler<Unsubscribe, UnsubscribeResult>
{
    public async Task<UnsubscribeResult> Handle(Unsubscribe request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || !tokens.TryRead(request.Token, out var personId, out var kind)
            || !await people.ExistsAsync(personId, cancellationToken))
        {
            throw RequestValidationException.For("token", "Ce lien de désabonnement n'est pas valide : utilisez celui du dernier e-mail reçu, ou vos préférences dans Parcours.");
        }
        var preference = await GetNotificationPreferencesHandler.SetAsync(db, personId, kind, email: false, inApp: null, digest: null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new UnsubscribeResult($"Vous ne recevrez plus par e-mail les rappels « {ReminderLabels.Kind(kind)} »."
            + (preference.InApp ? " Ils restent visibles dans votre boîte de messages Parcours." : "")
            + " Vos préférences se changent à tout moment dans Parcours.");
    }
}
