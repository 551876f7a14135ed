namespace Parcours.Domain.Territories;

/// <summary>The administrative scale of a territory (« type de territoire »).</summary>
public enum TerritoryKind
{
    Commune = 1,
    Intercommunalite = 2,
    Departement = 3,
    Region = 4,
    PaysPetr = 5,
    Quartier = 6,
    Autre = 99,
}

/// <summary>The 13 metropolitan regions and the overseas ones.</summary>
public enum FrenchRegion
{
    AuvergneRhoneAlpes = 1,
    BourgogneFrancheComte,
    Bretagne,
    CentreValDeLoire,
    Corse,
    GrandEst,
    HautsDeFrance,
    IleDeFrance,
    Normandie,
    NouvelleAquitaine,
    Occitanie,
    PaysDeLaLoire,
    ProvenceAlpesCoteDAzur,
    Guadeloupe,
    Martinique,
    Guyane,
    LaReunion,
    Mayotte,
    AutreOutreMer,
}

/// <summary>The kind of structure that carries the catalysis on the territory.</summary>
public enum CarrierKind
{
    Collectivite = 1,
    Association = 2,
    Entreprise = 3,
    Fondation = 4,
    ActeurAcademique = 5,
    Reseau = 6,
    Autre = 99,
}
