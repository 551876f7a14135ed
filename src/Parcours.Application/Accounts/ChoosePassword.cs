using FluentValidation;
using Parcours.Application.Common;

namespace Parcours.Application.Accounts;

/// <summary>An invited person chooses their password with the link of their invitation (no sign-in: the link is the proof).</summary>
public sealed record ChoosePassword(string? UserId, string? Token, string? Password, string? Confirmation) : ICommand<Done>;

internal sealed class ChoosePasswordValidator : AbstractValidator<ChoosePassword>
{
    public ChoosePasswordValidator()
    {
        RuleFor(x => x.Password).Must(p => !string.IsNullOrEmpty(p)).WithMessage("Choisissez un mot de passe.");
        RuleFor(x => x.Confirmation).Equal(x => x.Password).WithMessage("Les deux mots de passe ne sont pas identiques.");
        RuleFor(x => x.Token).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Le lien d'invitation est incomplet : ouvrez-le depuis l'e-mail reçu.");
    }
}

internal sealed class ChoosePasswordHandler(IAccountService accounts) : MediatR.IRequestHandler<ChoosePassword, Done>
{
    public async Task<Done> Handle(ChoosePassword request, CancellationToken cancellationToken)
    {
        await accounts.ChoosePasswordAsync(request.UserId ?? "", request.Token!, request.Password!, cancellationToken);
        return Done.Value;
    }
}
