using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>The French words of the decisions register, for pages and reports alike.</summary>
public static class CommitteeLabels
{
    public static string Status(DecisionStatus status) => status switch
    {
        DecisionStatus.Open => "Ouverte",
        DecisionStatus.InProgress => "En cours",
        DecisionStatus.Done => "Réalisée",
        _ => "Abandonnée",
    };
}
