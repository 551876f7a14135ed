using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.FollowUps;
using Parcours.Domain.FollowUps;

namespace Parcours.Api.Endpoints;

/// <summary>What a client sends to record a follow-up note: flat, where the use case takes its territory and a <see cref="FollowUpInput"/>.</summary>
public sealed record FollowUpBody(
    Guid TerritoryId, DateOnly Date, FollowUpKind Kind, FollowUpVisibility Visibility, string? Notes = null, int? DurationMinutes = null,
    IReadOnlyList<string>? Participants = null, IReadOnlyList<NextStepDraft>? NextSteps = null)
{
    public FollowUpInput Input => new(Date, Kind, Notes, Visibility, DurationMinutes, Participants, NextSteps);
}

/// <summary>What a client sends to edit a note: the version it started from, and the note's fields.</summary>
public sealed record FollowUpEditBody(
    int Version, DateOnly Date, FollowUpKind Kind, FollowUpVisibility Visibility, string? Notes = null, int? DurationMinutes = null,
    IReadOnlyList<string>? Participants = null, IReadOnlyList<NextStepDraft>? NextSteps = null)
{
    public FollowUpInput Input => new(Date, Kind, Notes, Visibility, DurationMinutes, Participants, NextSteps);
}

/// <summary>
/// Individual follow-up: coaches' assignments, notes, next steps, field visits. Commands are bound from the
/// body where their shape is the body's; the two note requests above flatten the note's input.
/// </summary>
internal static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        var coordinators = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.Coordinators);
        coordinators.MapGet("/cohorts/{cohortId:guid}/coach-assignments", ListCoachAssignments)
            .Runs<ListCoachAssignments>("Affectations des accompagnateurs aux territoires.");
        coordinators.MapPost("/cohorts/{cohortId:guid}/coach-assignments", AssignCoach)
            .Runs<AssignCoach>("Affecte un accompagnateur à un territoire (à partir d'une date).");
        coordinators.MapPost("/coach-assignments/{id:guid}/end", EndCoachAssignment).Runs<EndCoachAssignment>("Met fin à une affectation d'accompagnateur (date).");
        coordinators.MapPut("/cohorts/{cohortId:guid}/follow-up/cadence", SetContactCadence)
            .Runs<SetContactCadence>("Rythme attendu : un contact par territoire tous les « days » jours.");

        var readers = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.FollowUpReaders);
        readers.MapGet("/cohorts/{cohortId:guid}/follow-ups", ListFollowUps)
            .Runs<ListFollowUps>("Notes de suivi que l'appelant peut lire (coordination : toutes ; accompagnateur : ses territoires ; binôme : celles partagées avec lui).");
        readers.MapGet("/follow-ups/{id:guid}", GetFollowUp).Runs<GetFollowUp>("Une note de suivi, avec ses prochaines étapes et son historique.");
        readers.MapGet("/cohorts/{cohortId:guid}/follow-ups.csv", ExportFollowUps).Runs<ExportFollowUps>("Export CSV des notes de suivi visibles.");
        readers.MapGet("/cohorts/{cohortId:guid}/field-visits", ListFieldVisits).Runs<ListFieldVisits>("Visites terrain de la promotion.");

        var writers = app.MapGroup("/api").WithTags("Suivi individuel").RequireAuthorization(Policies.FollowUpWriters);
        writers.MapPost("/cohorts/{cohortId:guid}/follow-ups", RecordFollowUp)
            .Runs<RecordFollowUp>("Enregistre une note de suivi (confidentielle, ou partagée avec le binôme).");
        writers.MapPut("/follow-ups/{id:guid}", EditFollowUp)
            .Runs<EditFollowUp>("Modifie une note de suivi (version de départ obligatoire : une écriture périmée est refusée).");
        writers.MapPost("/follow-ups/{id:guid}/next-steps/{stepId:guid}/done", CompleteNextStep).Runs<CompleteNextStep>("Marque une prochaine étape comme faite.");
        writers.MapGet("/cohorts/{cohortId:guid}/follow-up/without-contact", ListTerritoriesWithoutContact)
            .Runs<ListTerritoriesWithoutContact>("Territoires sans contact depuis plus de « days » jours (le rythme de la promotion par défaut).");
        writers.MapGet("/cohorts/{cohortId:guid}/follow-up/overdue-steps", ListOverdueNextSteps).Runs<ListOverdueNextSteps>("Prochaines étapes en retard.");
        writers.MapPost("/cohorts/{cohortId:guid}/field-visits", RecordFieldVisit).Runs<RecordFieldVisit>("Enregistre une visite terrain.");

        app.MapGet("/api/cohorts/{cohortId:guid}/follow-up/activity", GetFollowUpActivity)
            .WithTags("Suivi individuel").RequireAuthorization(Policies.ActivityReaders)
            .Runs<GetFollowUpActivity>("Comptages seulement : contacts par territoire et par mois, dernier contact, prochaines étapes ouvertes et en retard.");
    }

    private static Task<IReadOnlyList<CoachAssignmentDto>> ListCoachAssignments(Guid cohortId, IMediator m, CancellationToken ct) =>
        m.Send(new ListCoachAssignments(cohortId), ct);

    private static async Task<Created<CoachAssignmentDto>> AssignCoach(Guid cohortId, AssignCoach command, IMediator m, CancellationToken ct)
    {
        var assignment = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/cohorts/{cohortId}/coach-assignments", assignment);
    }

    private static async Task<NoContent> EndCoachAssignment(Guid id, EndCoachAssignment command, IMediator m, CancellationToken ct)
    {
        await m.Send(command with { Id = id }, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetContactCadence(Guid cohortId, SetContactCadence command, IMediator m, CancellationToken ct)
    {
        await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.NoContent();
    }

    private static Task<Paged<FollowUpDto>> ListFollowUps(Guid cohortId, IMediator m, Guid? territoryId, FollowUpKind? kind, string? search,
        int page = 1, int pageSize = Paging.DefaultSize, CancellationToken ct = default) => m.Send(new ListFollowUps(cohortId, territoryId, kind, search, page, pageSize), ct);

    private static Task<FollowUpDto> GetFollowUp(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFollowUp(id), ct);

    private static async Task<IResult> ExportFollowUps(Guid cohortId, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportFollowUps(cohortId), ct);
        return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private static Task<IReadOnlyList<FieldVisitDto>> ListFieldVisits(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListFieldVisits(cohortId), ct);

    private static async Task<Created<FollowUpDto>> RecordFollowUp(Guid cohortId, FollowUpBody b, IMediator m, CancellationToken ct)
    {
        var entry = await m.Send(new RecordFollowUp(cohortId, b.TerritoryId, b.Input), ct);
        return TypedResults.Created($"/api/follow-ups/{entry.Id}", entry);
    }

    private static Task<FollowUpDto> EditFollowUp(Guid id, FollowUpEditBody b, IMediator m, CancellationToken ct) => m.Send(new EditFollowUp(id, b.Version, b.Input), ct);

    private static Task<FollowUpDto> CompleteNextStep(Guid id, Guid stepId, IMediator m, CancellationToken ct) => m.Send(new CompleteNextStep(id, stepId), ct);

    private static Task<WithoutContactListDto> ListTerritoriesWithoutContact(Guid cohortId, int? days, IMediator m, CancellationToken ct) =>
        m.Send(new ListTerritoriesWithoutContact(cohortId, days), ct);

    private static Task<IReadOnlyList<OverdueStepDto>> ListOverdueNextSteps(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListOverdueNextSteps(cohortId), ct);

    private static async Task<Created<FieldVisitDto>> RecordFieldVisit(Guid cohortId, RecordFieldVisit command, IMediator m, CancellationToken ct)
    {
        var visit = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/cohorts/{cohortId}/field-visits", visit);
    }

    private static Task<IReadOnlyList<TerritoryActivityDto>> GetFollowUpActivity(Guid cohortId, IMediator m, CancellationToken ct) =>
        m.Send(new GetFollowUpActivity(cohortId), ct);
}
