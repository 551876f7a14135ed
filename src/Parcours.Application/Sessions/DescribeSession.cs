using Parcours.Application.People;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>Title, outline, venue or link, agenda, speakers of the « rencontre inspirante », resources.</summary>
public sealed record DescribeSession(Guid Id, SessionDetails Details) : ICommand<SessionDto>;

internal sealed class DescribeSessionValidator : AbstractValidator<DescribeSession>
{
    public DescribeSessionValidator()
    {
        RuleFor(x => x.Details.Title).RequiredName("intitulé").OverridePropertyName("title");
        RuleFor(x => x.Details.Theory).OptionalText("apport théorique", 4000).OverridePropertyName("theory");
        RuleFor(x => x.Details.Workshop).OptionalText("atelier appliqué", 4000).OverridePropertyName("workshop");
        RuleFor(x => x.Details.Guest).OptionalText("rencontre inspirante", Validation.TextMax).OverridePropertyName("guest");
        RuleFor(x => x.Details.VenueName).OptionalText("lieu").OverridePropertyName("venueName");
        RuleFor(x => x.Details.VenueAddress).OptionalText("adresse", 500).OverridePropertyName("venueAddress");
        RuleFor(x => x.Details.OnlineLink).Must(l => l is null || IsWebLink(l)).WithMessage("Le lien en ligne doit être une adresse http(s).")
            .MaximumLength(500).OverridePropertyName("onlineLink");
        RuleFor(x => x.Details.Agenda).Must(a => a.Count <= 50).WithMessage("50 séquences au plus.").OverridePropertyName("agenda");
        RuleForEach(x => x.Details.Agenda).ChildRules(a =>
        {
            a.RuleFor(s => s.Title).RequiredName("séquence");
            a.RuleFor(s => s.End).Must((s, end) => end is null || end > s.Start).WithMessage("Une séquence finit après avoir commencé.");
        }).OverridePropertyName("agenda");
        RuleFor(x => x.Details.Speakers).Must(a => a.Count <= 20).WithMessage("20 intervenants au plus.").OverridePropertyName("speakers");
        RuleForEach(x => x.Details.Speakers).ChildRules(s =>
        {
            s.RuleFor(p => p.Name).RequiredName("nom de l'intervenant");
            s.RuleFor(p => p.Organisation).OptionalText("organisation");
            s.RuleFor(p => p.Role).OptionalText("rôle");
        }).OverridePropertyName("speakers");
        RuleFor(x => x.Details.Resources).Must(a => a.Count <= 100).WithMessage("100 ressources au plus.").OverridePropertyName("resources");
        RuleForEach(x => x.Details.Resources).ChildRules(r =>
        {
            r.RuleFor(p => p.Title).RequiredName("titre de la ressource");
            r.RuleFor(p => p.Url).Must(IsWebLink).WithMessage("Le lien d'une ressource doit être une adresse http(s).");
            r.RuleFor(p => p.Kind).KnownValue("type de ressource");
        }).OverridePropertyName("resources");
    }

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

internal sealed class DescribeSessionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<DescribeSession, SessionDto>
{
    public async Task<SessionDto> Handle(DescribeSession request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.Id, tracking: true, cancellationToken);
        await KnownPeople.EnsureAsync(db, [.. request.Details.Speakers.Select((s, i) => ($"speakers[{i}].personId", s.PersonId))], cancellationToken);
        session.Describe(request.Details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return SessionDto.From(session);
    }
}
