namespace Parcours.Web.Infrastructure;

/// <summary>The addresses of the interface's pages, in one place (reminders and notifications point here too).</summary>
public static class Links
{
    public static string Path(Guid cohortId) => $"/parcours/{cohortId}";
    public static string Vote(Guid cohortId) => $"/parcours/{cohortId}/vote";
    public static string Session(Guid sessionId) => $"/sessions/{sessionId}";
    public static string Apology(Guid sessionId) => $"/sessions/{sessionId}/excuse";
    public static string Roadmap(Guid cohortId, Guid territoryId) => $"/feuilles-de-route/{cohortId}/{territoryId}";
    public static string Section(Guid cohortId, Guid territoryId, string key) => $"{Roadmap(cohortId, territoryId)}/sections/{key}";
    public static string FollowUp(Guid cohortId) => $"/suivi/{cohortId}";
    public static string Document(Guid documentId) => $"/documents/{documentId}";
}
