using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.FollowUps;
using Parcours.Domain.FollowUps;

namespace Parcours.Api.Endpoints;

public sealed record AssignCoachBody(Guid TerritoryId, Guid CoachPersonId, DateOnly FromDate);
public sealed record EndAssignmentBody(DateOnly UntilDate);
public sealed record CadenceBody(int Days);
public sealed record FollowUpBody(
    Guid TerritoryId, DateOnly Date, FollowUpKind Kind, FollowUpVisibility Visibility, string? Notes = null, int? DurationMinutes = null,
    IReadOnlyList<string>? Participants = null, IReadOnlyList<NextStepDraft>? NextSteps = null);
public sealed record FollowUpEditBody(
    int Version, DateOnly Date, FollowUpKind Kind, FollowUpVisibility Visibility, string? Notes = null, int? DurationMinutes = null,
    IReadOnlyList<string>? Participants = null, IReadOnlyList<NextStepDraft>? NextSteps = null);
public sealed record FieldVisitBody(Guid HostTerritoryId, DateOnly Date, IReadOnlyList<Visitor>? Visitors = null, string? Purpose = null,
    string? Learnings = null, Guid? FollowUpEntryId = null);

internal static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        var coordinators = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.Coordinators);
        coordinators.MapGet("/cohorts/{cohortId:guid}/coach-assignments", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCoachAssignments(cohortId), ct));
        coordinators.MapPost("/cohorts/{cohortId:guid}/coach-assignments", async (Guid cohortId, AssignCoachBody b, IMediator m, CancellationToken ct) =>
        {
            var assignment = await m.Send(new AssignCoach(cohortId, b.TerritoryId, b.CoachPersonId, b.FromDate), ct);
            return TypedResults.Created($"/api/cohorts/{cohortId}/coach-assignments", assignment);
        });
        coordinators.MapPost("/coach-assignments/{id:guid}/end", async (Guid id, EndAssignmentBody b, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new EndCoachAssignment(id, b.UntilDate), ct);
            return TypedResults.NoContent();
        });
        coordinators.MapPut("/cohorts/{cohortId:guid}/follow-up/cadence", async (Guid cohortId, CadenceBody b, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new SetContactCadence(cohortId, b.Days), ct);
            return TypedResults.NoContent();
        }).WithSummary("Rythme attendu : un contact par territoire tous les « days » jours.");

        var readers = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.FollowUpReaders);
        readers.MapGet("/cohorts/{cohortId:guid}/follow-ups", (Guid cohortId, IMediator m, CancellationToken ct, Guid? territoryId, FollowUpKind? kind, string? search,
                int page = 1, int pageSize = Paging.DefaultSize) => m.Send(new ListFollowUps(cohortId, territoryId, kind, search, page, pageSize), ct))
            .WithSummary("Notes de suivi que l'appelant peut lire (coordination : toutes ; accompagnateur : ses territoires ; binôme : celles partagées avec lui).");
        readers.MapGet("/follow-ups/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFollowUp(id), ct));
        readers.MapGet("/cohorts/{cohortId:guid}/follow-ups.csv", async (Guid cohortId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportFollowUps(cohortId), ct);
            return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
        });
        readers.MapGet("/cohorts/{cohortId:guid}/field-visits", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListFieldVisits(cohortId), ct));

        var writers = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.FollowUpWriters);
        writers.MapPost("/cohorts/{cohortId:guid}/follow-ups", async (Guid cohortId, FollowUpBody b, IMediator m, CancellationToken ct) =>
        {
            var entry = await m.Send(new RecordFollowUp(cohortId, b.TerritoryId,
                new FollowUpInput(b.Date, b.Kind, b.Notes, b.Visibility, b.DurationMinutes, b.Participants, b.NextSteps)), ct);
            return TypedResults.Created($"/api/follow-ups/{entry.Id}", entry);
        });
        writers.MapPut("/follow-ups/{id:guid}", (Guid id, FollowUpEditBody b, IMediator m, CancellationToken ct) =>
            m.Send(new EditFollowUp(id, b.Version, new FollowUpInput(b.Date, b.Kind, b.Notes, b.Visibility, b.DurationMinutes, b.Participants, b.NextSteps)), ct));
        writers.MapPost("/follow-ups/{id:guid}/next-steps/{stepId:guid}/done", (Guid id, Guid stepId, IMediator m, CancellationToken ct) =>
            m.Send(new CompleteNextStep(id, stepId), ct));
        writers.MapGet("/cohorts/{cohortId:guid}/follow-up/without-contact", (Guid cohortId, int? days, IMediator m, CancellationToken ct) =>
            m.Send(new ListTerritoriesWithoutContact(cohortId, days), ct)).WithSummary("Territoires sans contact depuis plus de « days » jours (le rythme de la promotion par défaut).");
        writers.MapGet("/cohorts/{cohortId:guid}/follow-up/overdue-steps", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListOverdueNextSteps(cohortId), ct));
        writers.MapPost("/cohorts/{cohortId:guid}/field-visits", async (Guid cohortId, FieldVisitBody b, IMediator m, CancellationToken ct) =>
        {
            var visit = await m.Send(new RecordFieldVisit(cohortId, b.HostTerritoryId, b.Date, b.Visitors, b.Purpose, b.Learnings, b.FollowUpEntryId), ct);
            return TypedResults.Created($"/api/cohorts/{cohortId}/field-visits", visit);
        });

        app.MapGet("/api/cohorts/{cohortId:guid}/follow-up/activity", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetFollowUpActivity(cohortId), ct))
            .WithTags("Suivi individuel").RequireAuthorization(Policies.ActivityReaders)
            .WithSummary("Comptages seulement : contacts par territoire et par mois, dernier contact, prochaines étapes ouvertes et en retard.");
    }
}
