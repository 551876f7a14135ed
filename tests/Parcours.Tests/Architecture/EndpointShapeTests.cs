using System.Reflection;
using MediatR;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Api.Web;
using Parcours.Tests.Support;

namespace Parcours.Tests.Architecture;

/// <summary>
/// Endpoints as a contract: each API operation is a named method that runs one use case, is named after
/// it and says in French what it does; and the API declares no request type that merely restates a command
/// (the command is bound from the body, the route gives the ids).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EndpointShapeTests(ApiFixture api)
{
    private static readonly Assembly Application = typeof(Parcours.Application.DependencyInjection).Assembly;

    private static HashSet<Type> RequestTypes() => Application.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))).ToHashSet();

    [Fact]
    public void EveryApiOperation_IsANamedMethod_RunningOneUseCase_NamedAndSummarised()
    {
        var requests = RequestTypes();
        var endpoints = api.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)
                && !e.RoutePattern.RawText.StartsWith("/api/auth/", StringComparison.Ordinal)) // Identity's sign-in, not a use case.
            .ToList();
        Assert.True(endpoints.Count > 100, $"only {endpoints.Count} API endpoints found");

        var offences = new List<string>();
        foreach (var e in endpoints)
        {
            var route = e.DisplayName ?? e.RoutePattern.RawText;
            var method = e.Metadata.GetMetadata<MethodInfo>();
            var name = e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var useCase = e.Metadata.GetMetadata<UseCaseMetadata>()?.UseCase;
            if (method is null || method.Name.Contains('<', StringComparison.Ordinal)) offences.Add($"{route}: an anonymous lambda, not a named handler");
            if (useCase is null || !requests.Contains(useCase)) offences.Add($"{route}: runs no use case of the application (.Runs<T>)");
            if (name is null || method is null || name != method.Name) offences.Add($"{route}: its name ({name}) is not its handler's ({method?.Name})");
            if (string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)) offences.Add($"{route}: no French summary");
        }
        var names = endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>();
        offences.AddRange(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => $"the name {g.Key} is given twice"));
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void NoApiRequestType_RestatesACommand()
    {
        // Name, type and nullability: the sign-in's optional « email » is not an account's required one.
        var nullability = new NullabilityInfoContext();
        HashSet<(string, Type, NullabilityState)> Fields(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.Name, p.PropertyType, nullability.Create(p).ReadState)).ToHashSet();
        var commands = RequestTypes().Select(t => (t.Name, Fields: Fields(t))).ToList();
        var bodies = typeof(UseCaseMetadata).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "Parcours.Api.Endpoints" && t.GetMethod("<Clone>$") is not null) // records
            .ToList();
        var offences = bodies
            .SelectMany(b => commands.Where(c => Fields(b).Count > 0 && Fields(b).IsSubsetOf(c.Fields)).Select(c => $"{b.Name} restates {c.Name}: bind {c.Name} instead"))
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }
}
