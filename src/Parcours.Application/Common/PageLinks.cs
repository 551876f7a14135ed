namespace Parcours.Application.Common;

/// <summary>
/// The addresses of the web interface's pages, in one place: reminders link to them, the pages link
/// to each other with them. Items whose pages are not built yet (follow-up notes, meetings, attendance
/// sheets) lead to the person's space for now.
/// </summary>
public static class PageLinks
{
    public const string Home = "/";
    public static string Path(Guid cohortId) => $"/parcours/{cohortId}";
    public static string Vote(Guid cohortId) => $"/parcours/{cohortId}/vote";
    public static string Session(Guid sessionId) => $"/sessions/{sessionId}";
    public static string Apology(Guid sessionId) => $"/sessions/{sessionId}/excuse";
    public static string Roadmap(Guid cohortId, Guid territoryId) => $"/feuilles-de-route/{cohortId}/{territoryId}";
    public static string Section(Guid cohortId, Guid territoryId, string key) => $"{Roadmap(cohortId, territoryId)}/sections/{key}";
    public static string FollowUp(Guid cohortId) => $"/suivi/{cohortId}";
    public static string Document(Guid documentId) => $"/documents/{documentId}";
    public static string Meeting(Guid committeeId, Guid meetingId) => $"/comites/{committeeId}/reunions/{meetingId}";

    // The coordination's pages, under the cohort they run.
    public const string Cohorts = "/promotions";
    public static string Dashboard(Guid cohortId) => $"/promotions/{cohortId}";
    public static string CohortPage(Guid cohortId, string part) => $"/promotions/{cohortId}/{part}";
    public static string CohortTerritory(Guid cohortId, Guid territoryId) => $"/promotions/{cohortId}/territoires/{territoryId}";
    public static string CohortSession(Guid cohortId, Guid sessionId) => $"/promotions/{cohortId}/seances/{sessionId}";
    // Pages shared by the coordination and the coaches.
    public static string Journal(Guid cohortId, Guid territoryId) => $"/journal/{cohortId}/{territoryId}";
    public static string Review(Guid cohortId, Guid territoryId) => $"/relecture/{cohortId}/{territoryId}";
    public static string AttendanceSheet(Guid cohortId, Guid sessionId) => $"/promotions/{cohortId}/seances/{sessionId}/emargement";
}
