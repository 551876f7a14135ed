using System.Net;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Notifications;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Api.Endpoints;

/// <summary>Reminder rules and their journal, one's own inbox and preferences, and the e-mails' unsubscribe link.</summary>
internal static class ReminderEndpoints
{
    public static void MapReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api").WithTags("Rappels").RequireAuthorization(Policies.Coordinators);
        manage.MapGet("/cohorts/{cohortId:guid}/reminder-settings", GetReminderSettings).Runs<GetReminderSettings>("Règles de rappel de la promotion.");
        manage.MapPut("/cohorts/{cohortId:guid}/reminder-settings", ChangeReminderSettings)
            .Runs<ChangeReminderSettings>("Modifie les règles de rappel (jours avant chaque moment, null = désactivé).");
        manage.MapGet("/reminders", ListReminders).Runs<ListReminders>("Rappels (filtres statut, promotion, règle, destinataire) et leur nombre par statut.");
        manage.MapPost("/reminders/{id:guid}/resend", ResendReminder).Runs<ResendReminder>("Renvoie un rappel échoué.");
        // « Envoyer maintenant » : what the scheduler does every few seconds, on demand.
        manage.MapPost("/reminders/dispatch", DispatchDueReminders).Runs<DispatchDueReminders>("Envoie maintenant les rappels dus.");

        var me = app.MapGroup("/api/me").WithTags("Moi").RequireAuthorization();
        me.MapGet("/notifications", ListMyNotifications).Runs<ListMyNotifications>("Ma boîte de messages (non lus seulement avec unreadOnly).");
        me.MapPost("/notifications/{id:guid}/read", MarkNotificationRead).Runs<MarkNotificationsRead>("Marque un message comme lu.", name: "MarkNotificationRead");
        me.MapPost("/notifications/read-all", MarkAllNotificationsRead)
            .Runs<MarkNotificationsRead>("Marque tous mes messages comme lus.", name: "MarkAllNotificationsRead");
        me.MapGet("/notification-preferences", GetNotificationPreferences).Runs<GetNotificationPreferences>("Mes préférences de rappel par sorte (e-mail, application).");
        me.MapPut("/notification-preferences", SetNotificationPreferences).Runs<SetNotificationPreferences>("Modifie mes préférences de rappel.");

        // The link of an e-mail's foot: no sign-in, the signed token says who and which kind.
        // GET is the click in a mail client (a short French page); POST is RFC 8058 one-click.
        var unsubscribe = app.MapGroup("/api/notifications/unsubscribe").WithTags("Rappels").AllowAnonymous();
        unsubscribe.MapGet("/", UnsubscribeByLink)
            .Runs<Unsubscribe>("Désabonnement par le lien d'un e-mail de rappel (jeton signé, sans connexion).", name: "UnsubscribeByLink");
        unsubscribe.MapPost("/", UnsubscribeInOneClick)
            .Runs<Unsubscribe>("Désabonnement en un clic (List-Unsubscribe-Post), jeton signé, sans connexion.", name: "UnsubscribeInOneClick");
    }

    private static Task<ReminderSettingsDto> GetReminderSettings(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetReminderSettings(cohortId), ct);

    private static Task<ReminderSettingsDto> ChangeReminderSettings(Guid cohortId, ChangeReminderSettings command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId }, ct);

    private static Task<ReminderListDto> ListReminders(IMediator m, ReminderStatus? status, Guid? cohortId, ReminderRule? rule, Guid? recipientPersonId,
        int page = 1, int pageSize = Paging.DefaultSize, CancellationToken ct = default) => m.Send(new ListReminders(status, cohortId, rule, recipientPersonId, page, pageSize), ct);

    private static async Task<object> ResendReminder(Guid id, IMediator m, CancellationToken ct) => new { status = await m.Send(new ResendReminder(id), ct) };

    private static Task<DispatchReport> DispatchDueReminders(IMediator m, CancellationToken ct) => m.Send(new DispatchDueReminders(), ct);

    private static Task<InboxDto> ListMyNotifications(IMediator m, CancellationToken ct, bool unreadOnly = false, int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new ListMyNotifications(unreadOnly, page, pageSize), ct);

    private static async Task<NoContent> MarkNotificationRead(Guid id, IMediator m, CancellationToken ct)
    {
        await m.Send(new MarkNotificationsRead(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllNotificationsRead(IMediator m, CancellationToken ct)
    {
        await m.Send(new MarkNotificationsRead(null), ct);
        return TypedResults.NoContent();
    }

    private static Task<IReadOnlyList<NotificationPreferenceDto>> GetNotificationPreferences(IMediator m, CancellationToken ct) =>
        m.Send(new GetNotificationPreferences(), ct);

    private static Task<IReadOnlyList<NotificationPreferenceDto>> SetNotificationPreferences(SetNotificationPreferences command, IMediator m, CancellationToken ct) =>
        m.Send(command, ct);

    private static async Task<IResult> UnsubscribeByLink(string? token, IMediator m, CancellationToken ct)
    {
        var result = await m.Send(new Unsubscribe(token), ct);
        return TypedResults.Content(
            $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Désabonnement — Parcours</title></head><body><p>{WebUtility.HtmlEncode(result.Message)}</p></body></html>",
            "text/html; charset=utf-8");
    }

    private static Task<UnsubscribeResult> UnsubscribeInOneClick(string? token, IMediator m, CancellationToken ct) => m.Send(new Unsubscribe(token), ct);
}
