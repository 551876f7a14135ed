using Parcours.Application.People;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A person's fields as their form shows them.</summary>
public sealed class PersonForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Organisation { get; set; }
    public string? JobTitle { get; set; }

    public static PersonForm From(PersonDto p) => new()
    {
        FirstName = p.FirstName, LastName = p.LastName, Email = p.Email, Organisation = p.Organisation, JobTitle = p.JobTitle,
    };

    public static string FieldOf(string field) => field is "FirstName" or "LastName" or "Email" or "Organisation" or "JobTitle" ? "Form." + field : "";
}
