using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Cohorts;

/// <summary>
/// The next edition of a cohort, in one action: its phases moved to the new start, the four sessions with
/// their contents, agenda and resources (to be dated), the committees with a seat for each organisation
/// (representatives to confirm), and — through the event it raises — the reminder settings and the resource library; and nothing of the territories, binômes, notes,
/// roadmaps or people's answers. The pilot becomes the template of the next cohort.
/// </summary>
public sealed record CreateNextEdition(string Title, DateOnly StartDate) : ICommand<CohortDto>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore] public Guid SourceCohortId { get; init; }
}

internal sealed class CreateNextEditionValidator : AbstractValidator<CreateNextEdition>
{
    public CreateNextEditionValidator()
    {
        RuleFor(x => x.Title).RequiredName("intitulé");
        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithMessage("La date de début de la nouvelle promotion est obligatoire.");
        // Bounded so that moving the phases by the same span stays a date (year 9999 would overflow).
        RuleFor(x => x.StartDate).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).When(x => x.StartDate != default)
            .WithMessage("La date de début de la nouvelle promotion est comprise entre 2000 et 2100.");
    }
}

internal sealed class CreateNextEditionHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<CreateNextEdition, CohortDto>
{
    public async Task<CohortDto> Handle(CreateNextEdition request, CancellationToken cancellationToken)
    {
        var source = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.SourceCohortId, cancellationToken)
            ?? throw NotFoundException.Cohort();
        var now = clock.GetUtcNow().UtcDateTime;
        var next = source.NextEdition(request.Title, request.StartDate, now);
        db.Cohorts.Add(next);

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == source.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        db.Sessions.AddRange(sessions.Count == Domain.Sessions.CollectiveSession.Count
            ? sessions.Select(s => s.ForNextEdition(next.Id, now))
            : Domain.Sessions.CollectiveSession.DefaultPath(next.Id, now));

        var committees = await db.Committees.AsNoTracking().Include(c => c.Seats).Where(c => c.CohortId == source.Id).ToListAsync(cancellationToken);
        db.Committees.AddRange(committees.Select(c => c.ForNextEdition(next.Id, next.StartDate)));
        // The reminder settings and the library follow through the cohort's event (CohortEditionCreated): their modules' own business.
        await db.SaveChangesAsync(cancellationToken);
        return CohortDto.From(next);
    }
}
