using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>Opens the vote on S3's topic; without options, the domain's deepening topics are offered.</summary>
public sealed record OpenTopicVote(IReadOnlyList<string>? Options = null) : ICommand<TopicVoteDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class OpenTopicVoteValidator : AbstractValidator<OpenTopicVote>
{
    public OpenTopicVoteValidator()
    {
        RuleFor(x => x.Options).Must(o => o is null || o.Count <= 20).WithMessage("20 thèmes au plus.");
        RuleForEach(x => x.Options).Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage("Un thème ne peut pas être vide.")
            .MaximumLength(200).WithMessage("Un thème dépasse 200 caractères.");
    }
}

internal sealed class OpenTopicVoteHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<OpenTopicVote, TopicVoteDto>
{
    public async Task<TopicVoteDto> Handle(OpenTopicVote request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        if (await db.TopicVotes.AnyAsync(v => v.CohortId == request.CohortId, cancellationToken))
        {
            throw new DomainRuleException("vote-exists", "Le vote du thème de S3 a déjà été ouvert pour cette promotion.");
        }
        var vote = TopicVote.Open(request.CohortId, request.Options is { Count: > 0 } o ? o : TopicVote.DefaultTopics, clock.GetUtcNow().UtcDateTime);
        db.TopicVotes.Add(vote);
        await db.SaveChangesAsync(cancellationToken);
        return TopicVoteDto.From(vote, coordinator: true, me: null);
    }
}
