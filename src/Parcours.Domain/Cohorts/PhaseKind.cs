namespace Parcours.Domain.Cohorts;

public enum PhaseKind
{
    /// <summary>Conception &amp; lancement.</summary>
    ConceptionLaunch = 1,
    /// <summary>Réalisation: sessions, follow-up, visits.</summary>
    Realisation = 2,
    /// <summary>Évaluation &amp; déploiement.</summary>
    EvaluationDeployment = 3,
}
