using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.People;

public sealed record UpdatePerson(string FirstName, string LastName, string Email, string? Organisation = null, string? JobTitle = null)
    : ICommand<PersonDto>, IPersonFields
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class UpdatePersonValidator : AbstractValidator<UpdatePerson>
{
    public UpdatePersonValidator() => PersonFieldsValidator.Apply(this);
}

internal sealed class UpdatePersonHandler(IParcoursDbContext db) : MediatR.IRequestHandler<UpdatePerson, PersonDto>
{
    public async Task<PersonDto> Handle(UpdatePerson request, CancellationToken cancellationToken)
    {
        var person = await db.People.FindAsync([request.Id], cancellationToken) ?? throw NotFoundException.Person();
        await PersonEmails.EnsureFreeAsync(db, request.Email, person.Id, cancellationToken);
        person.Update(request.FirstName, request.LastName, request.Email, request.Organisation, request.JobTitle);
        await db.SaveChangesAsync(cancellationToken);
        return PersonDto.From(person);
    }
}
