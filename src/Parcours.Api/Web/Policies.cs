using Parcours.Application.Common;

namespace Parcours.Api.Web;

/// <summary>
/// Who may call what. The fallback policy demands a signed-in user for anything not listed;
/// each endpoint group names one of these, and handlers then filter what the caller may see.
/// </summary>
internal static class Policies
{
    public const string Administrators = nameof(Administrators);
    public const string Coordinators = nameof(Coordinators);
    /// <summary>Cohort readers: coordinators, and catalysts for the cohorts they sit in.</summary>
    public const string CohortReaders = nameof(CohortReaders);
    /// <summary>People directory: coordinators manage it, administrators look people up to link accounts.</summary>
    public const string PeopleReaders = nameof(PeopleReaders);
    /// <summary>What only a catalyst does for themself: vote, send an apology.</summary>
    public const string Catalysts = nameof(Catalysts);
    /// <summary>Follow-up readers; what each may read is narrowed by the follow-up scope.</summary>
    public const string FollowUpReaders = nameof(FollowUpReaders);
    /// <summary>Who writes follow-up: coordinators, and coaches for their territories.</summary>
    public const string FollowUpWriters = nameof(FollowUpWriters);
    /// <summary>Counts of follow-up activity, never its content: committee members too.</summary>
    public const string ActivityReaders = nameof(ActivityReaders);
    /// <summary>Committee readers: coordinators, and members for the committees they sit on.</summary>
    public const string CommitteeReaders = nameof(CommitteeReaders);
    /// <summary>A document: its committee's readers, or the cohort when it is shared with it.</summary>
    public const string DocumentReaders = nameof(DocumentReaders);
    /// <summary>Documents shared with a cohort: its catalysts and coaches.</summary>
    public const string SharedDocumentReaders = nameof(SharedDocumentReaders);
    /// <summary>Roadmap readers, narrowed per territory: the binôme, its coaches, coordinators, and committee members (validated only).</summary>
    public const string RoadmapReaders = nameof(RoadmapReaders);
    /// <summary>Who discusses a roadmap's drafts: reviewers comment, the binôme answers.</summary>
    public const string RoadmapDiscussion = nameof(RoadmapDiscussion);
    /// <summary>Who reviews roadmaps: coordinators, and the territory's coaches.</summary>
    public const string RoadmapReviewers = nameof(RoadmapReviewers);
    /// <summary>An item's history in the audit trail: coordination and administration.</summary>
    public const string HistoryReaders = nameof(HistoryReaders);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Administrators, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Coordinators, p => p.RequireRole(Roles.Coordinator));
        options.AddPolicy(CohortReaders, p => p.RequireRole(Roles.Coordinator, Roles.Catalyst));
        options.AddPolicy(PeopleReaders, p => p.RequireRole(Roles.Coordinator, Roles.Administrator));
        options.AddPolicy(Catalysts, p => p.RequireRole(Roles.Catalyst));
        options.AddPolicy(FollowUpReaders, p => p.RequireRole(Roles.Coordinator, Roles.Coach, Roles.Catalyst));
        options.AddPolicy(FollowUpWriters, p => p.RequireRole(Roles.Coordinator, Roles.Coach));
        options.AddPolicy(ActivityReaders, p => p.RequireRole(Roles.Coordinator, Roles.Coach, Roles.CommitteeMember));
        options.AddPolicy(CommitteeReaders, p => p.RequireRole(Roles.Coordinator, Roles.CommitteeMember));
        options.AddPolicy(DocumentReaders, p => p.RequireRole(Roles.Coordinator, Roles.CommitteeMember, Roles.Catalyst, Roles.Coach));
        options.AddPolicy(SharedDocumentReaders, p => p.RequireRole(Roles.Coordinator, Roles.Catalyst, Roles.Coach));
        options.AddPolicy(RoadmapReaders, p => p.RequireRole(Roles.Coordinator, Roles.Coach, Roles.Catalyst, Roles.CommitteeMember));
        options.AddPolicy(RoadmapDiscussion, p => p.RequireRole(Roles.Coordinator, Roles.Coach, Roles.Catalyst));
        options.AddPolicy(HistoryReaders, p => p.RequireRole(Roles.Coordinator, Roles.Administrator));
        options.AddPolicy(RoadmapReviewers, p => p.RequireRole(Roles.Coordinator, Roles.Coach));
    }
}
