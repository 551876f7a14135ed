using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Application.Me;
using Parcours.Application.Notifications;
using Parcours.Application.Pairs;
using Parcours.Application.Roadmaps;
using Parcours.Application.Sessions;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>
/// « Mon espace »: for a catalyst, what needs them now — the next session, the roadmap's state and
/// the comments made since the binôme last wrote, actions whose deadline is near or past, unread
/// notifications, documents recently shared. Other roles find their entry points.
/// </summary>
public sealed class IndexModel(TimeProvider clock) : UseCasePage
{
    /// <summary>How far ahead an action's deadline counts as near.</summary>
    public const int NearDays = 30;

    public sealed record PairSpace(PairDto Pair, SessionDto? NextSession, SessionDto? LastSession, RoadmapDto Roadmap, bool Pitched,
        int NewComments, IReadOnlyList<RoadmapAction> LateActions, IReadOnlyList<RoadmapAction> NearActions, IReadOnlyList<DocumentDto> Documents);

    public MeDto Me { get; private set; } = null!;
    public IReadOnlyList<PairSpace> Spaces { get; private set; } = [];
    public InboxDto? Inbox { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>For a coordinator: the cohorts, the most recent first, each leading to its dashboard.</summary>
    public IReadOnlyList<Application.Cohorts.CohortDto> Cohorts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Me = await SendAsync(new GetMe());
        Today = FrenchTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Me.Person is not null) Inbox = await SendAsync(new ListMyNotifications(UnreadOnly: true, Page: 1, PageSize: 5));
        var spaces = new List<PairSpace>();
        foreach (var pair in Me.Pairs)
        {
            var sessions = await SendAsync(new ListCohortSessions(pair.CohortId));
            var dated = sessions.Where(s => s.Status == SessionStatus.Planned && s.StartsAtUtc is not null).OrderBy(s => s.StartsAtUtc).ToList();
            var roadmap = await SendAsync(new GetRoadmap(pair.CohortId, pair.TerritoryId));
            var versions = await SendAsync(new ListRoadmapVersions(pair.CohortId, pair.TerritoryId));
            var comments = await SendAsync(new ListRoadmapComments(pair.CohortId, pair.TerritoryId));
            var documents = await SendAsync(new ListSharedDocuments(pair.CohortId));
            var open = roadmap.Actions.Where(a => a.Deadline is not null && a.Status is ActionStatus.Planned or ActionStatus.InProgress).ToList();
            spaces.Add(new PairSpace(pair,
                dated.FirstOrDefault(s => s.StartsAtUtc > now),
                dated.LastOrDefault(s => s.StartsAtUtc <= now),
                roadmap,
                versions.Count > 0 && versions[^1].Pitched,
                comments.Count(c => c.Role != CommentAuthorRole.Pair && (roadmap.UpdatedAtUtc is null || c.CreatedAtUtc > roadmap.UpdatedAtUtc)),
                [.. open.Where(a => a.Deadline < Today).OrderBy(a => a.Deadline)],
                [.. open.Where(a => a.Deadline >= Today && a.Deadline <= Today.AddDays(NearDays)).OrderBy(a => a.Deadline)],
                [.. documents.OrderByDescending(d => d.AddedAtUtc).Take(3)]));
        }
        Spaces = spaces;
        if (User.IsInRole(Roles.Coordinator)) Cohorts = (await SendAsync(new Application.Cohorts.ListCohorts(1, 10))).Items;
    }
}
