using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Application.People;

public sealed record InvitationDto(Guid PersonId, string Email, bool Sent, string? Error);

/// <summary>
/// A coordinator opens accounts for people in one step: each gets an account with the role that fits
/// (catalyst, coach or committee member — never administrator or coordinator: that stays the
/// administrators' decision, and they may take any role back) and a French e-mail with a single-use
/// link, valid three days, to choose their password.
/// </summary>
public sealed record InvitePeople(IReadOnlyList<Guid>? PersonIds = null, string? Role = null) : ICommand<IReadOnlyList<InvitationDto>>;

internal sealed class InvitePeopleValidator : AbstractValidator<InvitePeople>
{
    public static readonly string[] InvitableRoles = [Roles.Catalyst, Roles.Coach, Roles.CommitteeMember];

    public InvitePeopleValidator()
    {
        RuleFor(x => x.PersonIds).Must(p => p is { Count: > 0 and <= 500 }).WithMessage("Indiquez de 1 à 500 personnes à inviter.");
        RuleFor(x => x.Role).Must(r => r is not null && InvitableRoles.Contains(r))
            .WithMessage("Le rôle est Catalyst (catalyseur), Coach (accompagnateur) ou CommitteeMember (membre de comité) ; les autres rôles sont donnés par un administrateur.");
    }
}

internal sealed class InvitePeopleHandler(IParcoursDbContext db, IAccountService accounts, IEmailSender email, PublicUrl publicUrl)
    : MediatR.IRequestHandler<InvitePeople, IReadOnlyList<InvitationDto>>
{
    public async Task<IReadOnlyList<InvitationDto>> Handle(InvitePeople request, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            throw new DomainRuleException("email-not-configured",
                "Aucun serveur de messagerie n'est configuré (Smtp:Host) : les invitations ne peuvent pas partir. Un administrateur peut ouvrir les comptes.");
        }
        var ids = request.PersonIds!.Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id) && p.ErasedAtUtc == null).ToListAsync(cancellationToken);
        if (people.Count != ids.Count) throw RequestValidationException.For("personIds", "Une des personnes indiquées n'existe pas.");
        var results = new List<InvitationDto>();
        foreach (var person in people.OrderBy(p => p.LastName, StringComparer.Ordinal))
        {
            var (userId, token) = await accounts.InviteAsync(person.Email, request.Role!, cancellationToken);
            if (person.UserId is null) person.LinkAccount(userId);
            var link = publicUrl.To($"/mot-de-passe?compte={Uri.EscapeDataString(userId)}&jeton={Uri.EscapeDataString(token)}");
            try
            {
                await email.SendAsync(Message(person.Email, person.FirstName + " " + person.LastName, person.FirstName, link), cancellationToken);
                results.Add(new InvitationDto(person.Id, person.Email, true, null));
            }
            catch (EmailDeliveryException e)
            {
                // The account stays: the coordinator invites again once the address is corrected.
                results.Add(new InvitationDto(person.Id, person.Email, false, e.Message));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    private static EmailMessage Message(string address, string name, string firstName, string link)
    {
        const string subject = "Votre accès à Parcours";
        var text = $"Bonjour {firstName},\n\nLa coordination du parcours d'expérience co-construction territoriale vous a ouvert un accès à Parcours.\n\n"
            + $"Choisissez votre mot de passe (ce lien sert une seule fois et reste valable 3 jours) :\n{link}\n\n"
            + "Ensuite, connectez-vous avec votre adresse e-mail.\n\n-- \nParcours — parcours d'expérience co-construction territoriale\n";
        var html = $"<p>Bonjour {WebUtility.HtmlEncode(firstName)},</p><p>La coordination du parcours d'expérience co-construction territoriale vous a ouvert un accès à Parcours.</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Choisir mon mot de passe</a> (ce lien sert une seule fois et reste valable 3 jours).</p>"
            + "<p>Ensuite, connectez-vous avec votre adresse e-mail.</p>";
        return new EmailMessage(address, name, subject, text, html, null, []);
    }
}
