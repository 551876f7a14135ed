using Parcours.Application.Common;
using Parcours.Application.Reminders;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// Where reminders lead, in this interface: the web layer owns its routes, the reminders only ask.
/// Absolute addresses on <c>App:PublicUrl</c>, since they are read in a mail client.
/// </summary>
internal sealed class WebReminderLinks(PublicUrl publicUrl) : IReminderLinks
{
    public string Home => publicUrl.To(PageLinks.Home);

    public string Preferences => publicUrl.To("/notifications/preferences");

    public string Session(Guid sessionId) => publicUrl.To(PageLinks.Session(sessionId));

    public string Roadmap(Guid cohortId, Guid territoryId) => publicUrl.To(PageLinks.Roadmap(cohortId, territoryId));

    // The owner of a step may be a catalyst or a coach: their own space lists the steps that are theirs.
    public string NextStep(Guid cohortId, Guid territoryId) => Home;

    public string Meeting(Guid committeeId, Guid meetingId) => publicUrl.To(PageLinks.Meeting(committeeId, meetingId));

    public string Absences(Guid cohortId) => publicUrl.To(PageLinks.Dashboard(cohortId));

    // The API's address, not a page: the link works without signing in (the token is the proof).
    public string Unsubscribe(string token) => publicUrl.To("/api/notifications/unsubscribe?token=" + Uri.EscapeDataString(token));
}
