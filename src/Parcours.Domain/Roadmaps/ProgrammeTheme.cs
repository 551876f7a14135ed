namespace Parcours.Domain.Roadmaps;

/// <summary>With whom a binôme shares its validated roadmap: the other territories of its cohort, or of every cohort of the programme.</summary>
public enum SharingScope
{
    Cohort = 1,
    Programme = 2,
}

/// <summary>The programme's eight themes, by which catalysts find peers whose roadmaps speak to theirs.</summary>
public enum ProgrammeTheme
{
    PartnershipsInFrance = 1,
    FragilitiesAndAlliances = 2,
    CoConstructionModels = 3,
    TerritorialInnovation = 4,
    TiersLieux = 5,
    AssociationCompanyPartnerships = 6,
    HybridModels = 7,
    CsrAndPartnerships = 8,
}

public static class ProgrammeThemes
{
    public static string Label(ProgrammeTheme theme) => theme switch
    {
        ProgrammeTheme.PartnershipsInFrance => "État des partenariats en France et spécificités régionales",
        ProgrammeTheme.FragilitiesAndAlliances => "Fragilités territoriales et alliances innovantes",
        ProgrammeTheme.CoConstructionModels => "Modèles de co-construction",
        ProgrammeTheme.TerritorialInnovation => "Innovation territoriale et sociétale, publique et privée",
        ProgrammeTheme.TiersLieux => "Tiers-lieux et dialogue territorial",
        ProgrammeTheme.AssociationCompanyPartnerships => "Partenariats associations – entreprises",
        ProgrammeTheme.HybridModels => "Modèles socio-économiques hybrides",
        _ => "RSE et partenariats",
    };
}
