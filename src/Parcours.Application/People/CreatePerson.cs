using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.People;

namespace Parcours.Application.People;

public sealed record CreatePerson(string FirstName, string LastName, string Email, string? Organisation = null, string? JobTitle = null)
    : ICommand<PersonDto>, IPersonFields;

internal sealed class CreatePersonValidator : AbstractValidator<CreatePerson>
{
    public CreatePersonValidator() => PersonFieldsValidator.Apply(this);
}

internal sealed class CreatePersonHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<CreatePerson, PersonDto>
{
    public async Task<PersonDto> Handle(CreatePerson request, CancellationToken cancellationToken)
    {
        await PersonEmails.EnsureFreeAsync(db, request.Email, null, cancellationToken);
        var person = new Person(request.FirstName, request.LastName, request.Email, request.Organisation, request.JobTitle, clock.GetUtcNow().UtcDateTime);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return PersonDto.From(person);
    }
}
