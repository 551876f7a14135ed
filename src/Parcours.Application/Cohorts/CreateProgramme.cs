using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;

namespace Parcours.Application.Cohorts;

public sealed record ProgrammeDto(Guid Id, string Name, string? Description);

public sealed record CreateProgramme(string Name, string? Description = null) : ICommand<ProgrammeDto>;

internal sealed class CreateProgrammeValidator : AbstractValidator<CreateProgramme>
{
    public CreateProgrammeValidator()
    {
        RuleFor(x => x.Name).RequiredName("nom");
        RuleFor(x => x.Description).OptionalText("description", Validation.TextMax);
    }
}

internal sealed class CreateProgrammeHandler(IParcoursDbContext db) : MediatR.IRequestHandler<CreateProgramme, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(CreateProgramme request, CancellationToken cancellationToken)
    {
        var programme = new Programme(request.Name, request.Description);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return new ProgrammeDto(programme.Id, programme.Name, programme.Description);
    }
}
