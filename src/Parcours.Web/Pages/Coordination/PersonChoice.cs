using Parcours.Application.People;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// Choosing a person in a form: a search field (typed then « Chercher » without JavaScript, or as
/// you type with htmx) narrows a plain select to at most 100 people.
/// </summary>
public sealed record PersonChoice(string Field, string Label, string SearchField, string? Search, string? Selected, IReadOnlyList<PersonDto> People, string? Hint = null);
