using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Resources;

/// <summary>A coordinator changes how a resource is described, classified, shown (to whom) and which session it supports; its link or file stays.</summary>
public sealed record DescribeResource(string Title, ResourceKind Kind, ResourceVisibility Visibility, Guid? SessionId = null, string? Description = null,
    IReadOnlyList<ProgrammeTheme>? Themes = null) : ICommand<ResourceDto>, IResourceFields
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class DescribeResourceValidator : AbstractValidator<DescribeResource>
{
    public DescribeResourceValidator() => ResourceRules.Fields(this);
}

internal sealed class DescribeResourceHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<DescribeResource, ResourceDto>
{
    public async Task<ResourceDto> Handle(DescribeResource request, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw ResourceAccess.NotFound();
        await ResourceRules.EnsureSessionOfAsync(db, resource.CohortId, request.SessionId, cancellationToken);
        resource.Describe(ResourceRules.Details(request), request.SessionId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await ResourceAccess.ReadAsync(db, access, resource.Id, cancellationToken);
    }
}
