namespace Parcours.Api.Web;

/// <summary>
/// What a client reads first about an operation, declared where its module maps it: its name — the use
/// case it runs, which is also its operationId — and its French summary. The problems it may answer are
/// derived in one place (<see cref="OperationContract"/>) from its method, route and policy, so that no
/// module can forget one.
/// </summary>
internal static class UseCaseEndpoint
{
    /// <param name="name">Only where one use case serves two routes (validate / request changes; a PDF and a ZIP of one bundle).</param>
    public static RouteHandlerBuilder Runs<TUseCase>(this RouteHandlerBuilder endpoint, string summary, string? name = null) =>
        endpoint.WithName(name ?? typeof(TUseCase).Name).WithSummary(summary).WithMetadata(new UseCaseMetadata(typeof(TUseCase)));
}

/// <summary>The use case an endpoint runs: an architecture test holds every API endpoint to one.</summary>
public sealed record UseCaseMetadata(Type UseCase);
