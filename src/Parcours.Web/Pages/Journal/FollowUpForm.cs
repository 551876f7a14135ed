using Microsoft.AspNetCore.Mvc.ModelBinding;
using Parcours.Application.FollowUps;
using Parcours.Domain.FollowUps;

namespace Parcours.Web.Pages.Journal;

/// <summary>
/// An exchange of the follow-up as its form shows it, for recording and editing alike: lists are typed
/// one item a line; who may read it is a choice that must be made (never a default).
/// </summary>
public sealed class FollowUpForm
{
    public DateOnly? Date { get; set; }
    public string? Kind { get; set; }
    /// <summary>« confidentiel » or « partage ».</summary>
    public string? Visibility { get; set; }
    public string? Notes { get; set; }
    public int? Duration { get; set; }
    /// <summary>One participant a line.</summary>
    public string? Participants { get; set; }
    /// <summary>One next step a line: « intitulé ; responsable ; 31/03/2019 ».</summary>
    public string? NextSteps { get; set; }

    public static IEnumerable<KeyValuePair<string, string>> Kinds =>
        [new("", "— choisir —"), .. Enum.GetValues<FollowUpKind>().Select(k => new KeyValuePair<string, string>(k.ToString(), FollowUpLabels.Kind(k)))];

    public static FollowUpForm From(FollowUpDto f) => new()
    {
        Date = f.Date, Kind = f.Kind.ToString(), Visibility = f.Visibility == FollowUpVisibility.SharedWithPair ? "partage" : "confidentiel",
        Notes = f.Notes, Duration = f.DurationMinutes, Participants = string.Join("\n", f.Participants),
        NextSteps = string.Join("\n", f.NextSteps.Select(s => $"{s.Title} ; {s.Owner} ; {s.DueDate:dd/MM/yyyy}")),
    };

    /// <summary>What the form says, or null with the French messages beside the fields (under « Form. »).</summary>
    public FollowUpInput? Read(ModelStateDictionary state)
    {
        var kind = Enum.TryParse<FollowUpKind>(Kind, out var k) && Enum.IsDefined(k) ? k : default;
        var visibility = Visibility switch
        {
            "partage" => FollowUpVisibility.SharedWithPair,
            "confidentiel" => FollowUpVisibility.Internal,
            _ => default,
        };
        if (visibility == default) state.AddModelError("Form.Visibility", "Choisissez : confidentiel, ou partagé avec le binôme.");
        if (Date is null) state.AddModelError("Form.Date", "Indiquez la date de l'échange.");
        var steps = new List<NextStepDraft>();
        foreach (var (line, number) in Lines(NextSteps).Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", out var due) && !DateOnly.TryParseExact(parts[2], "dd/MM/yyyy", out due))
            {
                state.AddModelError("Form.NextSteps", $"Prochaine étape {number} : écrivez « intitulé ; responsable ; 31/03/2019 ».");
                continue;
            }
            steps.Add(new NextStepDraft(parts[0], parts[1], due));
        }
        return state.IsValid ? new FollowUpInput(Date!.Value, kind, Notes, visibility, Duration, Lines(Participants), steps) : null;
    }

    /// <summary>The form field of each field the use case refuses (C# spelling).</summary>
    public static string FieldOf(string field) => field.Replace("Input.", "", StringComparison.Ordinal) switch
    {
        "Date" or "Kind" or "Notes" or "Visibility" => "Form." + field.Replace("Input.", "", StringComparison.Ordinal),
        "DurationMinutes" => "Form.Duration",
        var x when x.StartsWith("Participants", StringComparison.Ordinal) => "Form.Participants",
        var x when x.StartsWith("NextSteps", StringComparison.Ordinal) => "Form.NextSteps",
        _ => "",
    };

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
