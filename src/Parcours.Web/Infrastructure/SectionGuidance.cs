namespace Parcours.Web.Infrastructure;

/// <summary>What each section of the feuille de route expects, in the programme's words (shared/domain.md and the seeds).</summary>
public static class SectionGuidance
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["enjeux"] = "Les enjeux du territoire et ses fragilités : ce qui le caractérise, ce qui le fragilise, la cohérence de son périmètre, les acteurs en présence (collectivités, entreprises, associations, acteurs académiques).",
        ["freins"] = "Les obstacles rencontrés dans vos actions de co-construction, tels que relevés à l'atelier de S1 : ce qui a freiné, ralenti ou empêché les alliances.",
        ["objectifs"] = "Ce que le territoire veut atteindre grâce aux alliances locales : des objectifs précis, si possible datés et mesurables.",
        ["positionnement"] = "La place du binôme de catalyseurs dans l'écosystème local : qui vous reconnaît, sur quoi vous vous appuyez, avec qui vous travaillez.",
        ["cle-positionnement"] = "Première clé de pérennité : un positionnement clair du dispositif dans l'écosystème, compris et accepté par les acteurs.",
        ["cle-modele"] = "Deuxième clé de pérennité : le modèle socio-économique — comment la fonction de catalyse est financée et rendue durable (ressources publiques, privées, hybrides).",
        ["cle-gouvernance"] = "Troisième clé de pérennité : la gouvernance du dispositif — qui décide, qui pilote, comment les partenaires y prennent part.",
        ["cle-cadre"] = "Quatrième clé de pérennité : le cadre technique — aspects juridiques, fiscaux, sociaux, et l'accès au droit commun.",
        ["evaluation"] = "Comment le travail sera évalué, en l'adaptant à sa maturité : on n'évalue pas une catalyse émergente avec les grilles d'une solution mature.",
    };

    public static string For(string key) => Texts.GetValueOrDefault(key, "");
}
