using Parcours.Application.Cohorts;
using Parcours.Domain.Cohorts;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The fields of a cohort as its form shows them: the dates of the cohort and of its three phases.</summary>
public sealed class CohortForm
{
    public string? Title { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int? Target { get; set; }
    public DateOnly? ConceptionStart { get; set; }
    public DateOnly? ConceptionEnd { get; set; }
    public DateOnly? RealisationStart { get; set; }
    public DateOnly? RealisationEnd { get; set; }
    public DateOnly? EvaluationStart { get; set; }
    public DateOnly? EvaluationEnd { get; set; }

    public static CohortForm From(CohortDto c)
    {
        PhaseDto? P(PhaseKind k) => c.Phases.FirstOrDefault(p => p.Kind == k);
        return new CohortForm
        {
            Title = c.Title, StartDate = c.StartDate, EndDate = c.EndDate, Target = c.TargetTerritoryCount,
            ConceptionStart = P(PhaseKind.ConceptionLaunch)?.StartDate, ConceptionEnd = P(PhaseKind.ConceptionLaunch)?.EndDate,
            RealisationStart = P(PhaseKind.Realisation)?.StartDate, RealisationEnd = P(PhaseKind.Realisation)?.EndDate,
            EvaluationStart = P(PhaseKind.EvaluationDeployment)?.StartDate, EvaluationEnd = P(PhaseKind.EvaluationDeployment)?.EndDate,
        };
    }

    /// <summary>The three phases; a phase with a missing date is left out, so that the use case says which one is missing.</summary>
    public IReadOnlyList<PhaseDates> Phases() =>
    [
        .. new (PhaseKind Kind, DateOnly? Start, DateOnly? End)[]
        {
            (PhaseKind.ConceptionLaunch, ConceptionStart, ConceptionEnd),
            (PhaseKind.Realisation, RealisationStart, RealisationEnd),
            (PhaseKind.EvaluationDeployment, EvaluationStart, EvaluationEnd),
        }.Where(p => p.Start is not null && p.End is not null).Select(p => new PhaseDates(p.Kind, p.Start!.Value, p.End!.Value)),
    ];

    /// <summary>The form field of each field of the cohort's commands.</summary>
    public static string FieldOf(string field)
    {
        var f = field.Replace("Form.", "", StringComparison.Ordinal);
        return f switch
        {
            "Title" => "Form.Title",
            "StartDate" => "Form.StartDate",
            "EndDate" => "Form.EndDate",
            "TargetTerritoryCount" => "Form.Target",
            "Phases" => "Form.ConceptionStart",
            _ when f.StartsWith("Phases[0]", StringComparison.Ordinal) => "Form.ConceptionEnd",
            _ when f.StartsWith("Phases[1]", StringComparison.Ordinal) => "Form.RealisationEnd",
            _ when f.StartsWith("Phases[2]", StringComparison.Ordinal) => "Form.EvaluationEnd",
            _ => "",
        };
    }
}
