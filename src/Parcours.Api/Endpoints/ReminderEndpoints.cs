using System.Net;
using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Notifications;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Api.Endpoints;

public sealed record ReminderSettingsBody(
    int? SessionEarlyDays, int? SessionEveDays, DateOnly? RoadmapDeadline, int? RoadmapNearDays, int? RoadmapMissedDays,
    int? NextStepDays, int? CommitteeMeetingDays, bool TwoAbsencesAlert);

public sealed record PreferencesBody(IReadOnlyList<PreferenceChoice> Preferences);

internal static class ReminderEndpoints
{
    public static void MapReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api").WithTags("Rappels").RequireAuthorization(Policies.Coordinators);
        manage.MapGet("/cohorts/{cohortId:guid}/reminder-settings", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetReminderSettings(cohortId), ct));
        manage.MapPut("/cohorts/{cohortId:guid}/reminder-settings", (Guid cohortId, ReminderSettingsBody b, IMediator m, CancellationToken ct) =>
            m.Send(new ChangeReminderSettings(cohortId, b.SessionEarlyDays, b.SessionEveDays, b.RoadmapDeadline, b.RoadmapNearDays, b.RoadmapMissedDays,
                b.NextStepDays, b.CommitteeMeetingDays, b.TwoAbsencesAlert), ct));
        manage.MapGet("/reminders", (IMediator m, CancellationToken ct, ReminderStatus? status, Guid? cohortId, ReminderRule? rule, Guid? recipientPersonId,
            int page = 1, int pageSize = Paging.DefaultSize) => m.Send(new ListReminders(status, cohortId, rule, recipientPersonId, page, pageSize), ct));
        manage.MapPost("/reminders/{id:guid}/resend", async (Guid id, IMediator m, CancellationToken ct) =>
            new { status = await m.Send(new ResendReminder(id), ct) });
        // « Envoyer maintenant » : what the scheduler does every few seconds, on demand.
        manage.MapPost("/reminders/dispatch", (IMediator m, CancellationToken ct) => m.Send(new DispatchDueReminders(), ct));

        var me = app.MapGroup("/api/me").WithTags("Moi").RequireAuthorization();
        me.MapGet("/notifications", (IMediator m, CancellationToken ct, bool unreadOnly = false, int page = 1, int pageSize = Paging.DefaultSize) =>
            m.Send(new ListMyNotifications(unreadOnly, page, pageSize), ct));
        me.MapPost("/notifications/{id:guid}/read", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new MarkNotificationsRead(id), ct);
            return TypedResults.NoContent();
        });
        me.MapPost("/notifications/read-all", async (IMediator m, CancellationToken ct) =>
        {
            await m.Send(new MarkNotificationsRead(null), ct);
            return TypedResults.NoContent();
        });
        me.MapGet("/notification-preferences", (IMediator m, CancellationToken ct) => m.Send(new GetNotificationPreferences(), ct));
        me.MapPut("/notification-preferences", (PreferencesBody b, IMediator m, CancellationToken ct) => m.Send(new SetNotificationPreferences(b.Preferences), ct));

        // The link of an e-mail's foot: no sign-in, the signed token says who and which kind.
        // GET is the click in a mail client (a short French page); POST is RFC 8058 one-click.
        var unsubscribe = app.MapGroup("/api/notifications/unsubscribe").WithTags("Rappels").AllowAnonymous();
        unsubscribe.MapGet("/", async (string? token, IMediator m, CancellationToken ct) =>
        {
            var result = await m.Send(new Unsubscribe(token), ct);
            return TypedResults.Content(
                $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Désabonnement — Parcours</title></head><body><p>{WebUtility.HtmlEncode(result.Message)}</p></body></html>",
                "text/html; charset=utf-8");
        });
        unsubscribe.MapPost("/", (string? token, IMediator m, CancellationToken ct) => m.Send(new Unsubscribe(token), ct));
    }
}
