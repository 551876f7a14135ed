using System.Globalization;
using System.Text;
using Parcours.Domain.Territories;

namespace Parcours.Application.Common;

/// <summary>
/// The French words coordinators use for territory kinds, regions and carrying structures, both
/// ways: to show them, and to read them back from a spreadsheet however they were typed.
/// </summary>
public static class FrenchLabels
{
    private static readonly Dictionary<TerritoryKind, string> Kinds = new()
    {
        [TerritoryKind.Commune] = "Commune",
        [TerritoryKind.Intercommunalite] = "Intercommunalité (EPCI)",
        [TerritoryKind.Departement] = "Département",
        [TerritoryKind.Region] = "Région",
        [TerritoryKind.PaysPetr] = "Pays / PETR",
        [TerritoryKind.Quartier] = "Quartier",
        [TerritoryKind.Autre] = "Autre",
    };

    private static readonly Dictionary<FrenchRegion, string> Regions = new()
    {
        [FrenchRegion.AuvergneRhoneAlpes] = "Auvergne-Rhône-Alpes",
        [FrenchRegion.BourgogneFrancheComte] = "Bourgogne-Franche-Comté",
        [FrenchRegion.Bretagne] = "Bretagne",
        [FrenchRegion.CentreValDeLoire] = "Centre-Val de Loire",
        [FrenchRegion.Corse] = "Corse",
        [FrenchRegion.GrandEst] = "Grand Est",
        [FrenchRegion.HautsDeFrance] = "Hauts-de-France",
        [FrenchRegion.IleDeFrance] = "Île-de-France",
        [FrenchRegion.Normandie] = "Normandie",
        [FrenchRegion.NouvelleAquitaine] = "Nouvelle-Aquitaine",
        [FrenchRegion.Occitanie] = "Occitanie",
        [FrenchRegion.PaysDeLaLoire] = "Pays de la Loire",
        [FrenchRegion.ProvenceAlpesCoteDAzur] = "Provence-Alpes-Côte d'Azur",
        [FrenchRegion.Guadeloupe] = "Guadeloupe",
        [FrenchRegion.Martinique] = "Martinique",
        [FrenchRegion.Guyane] = "Guyane",
        [FrenchRegion.LaReunion] = "La Réunion",
        [FrenchRegion.Mayotte] = "Mayotte",
        [FrenchRegion.AutreOutreMer] = "Autre outre-mer",
    };

    private static readonly Dictionary<CarrierKind, string> Carriers = new()
    {
        [CarrierKind.Collectivite] = "Collectivité",
        [CarrierKind.Association] = "Association",
        [CarrierKind.Entreprise] = "Entreprise",
        [CarrierKind.Fondation] = "Fondation",
        [CarrierKind.ActeurAcademique] = "Acteur académique",
        [CarrierKind.Reseau] = "Réseau",
        [CarrierKind.Autre] = "Autre",
    };

    private static readonly Dictionary<string, TerritoryKind> KindAliases = Index(Kinds, new()
    {
        ["epci"] = TerritoryKind.Intercommunalite,
        ["intercommunalite"] = TerritoryKind.Intercommunalite,
        ["communautedecommunes"] = TerritoryKind.Intercommunalite,
        ["communautedagglomeration"] = TerritoryKind.Intercommunalite,
        ["metropole"] = TerritoryKind.Intercommunalite,
        ["pays"] = TerritoryKind.PaysPetr,
        ["petr"] = TerritoryKind.PaysPetr,
        ["quartierprioritaire"] = TerritoryKind.Quartier,
        ["qpv"] = TerritoryKind.Quartier,
    });

    private static readonly Dictionary<string, FrenchRegion> RegionAliases = Index(Regions, new()
    {
        ["paca"] = FrenchRegion.ProvenceAlpesCoteDAzur,
        ["reunion"] = FrenchRegion.LaReunion,
        ["ara"] = FrenchRegion.AuvergneRhoneAlpes,
        ["idf"] = FrenchRegion.IleDeFrance,
        ["bfc"] = FrenchRegion.BourgogneFrancheComte,
        ["cvl"] = FrenchRegion.CentreValDeLoire,
        ["outremer"] = FrenchRegion.AutreOutreMer,
    });

    private static readonly Dictionary<string, CarrierKind> CarrierAliases = Index(Carriers, new()
    {
        ["collectivitelocale"] = CarrierKind.Collectivite,
        ["collectiviteterritoriale"] = CarrierKind.Collectivite,
        ["academique"] = CarrierKind.ActeurAcademique,
        ["universite"] = CarrierKind.ActeurAcademique,
        ["reseaux"] = CarrierKind.Reseau,
    });

    /// <summary>Every kind, region and carrier with its French label, in the order forms offer them.</summary>
    public static IEnumerable<KeyValuePair<TerritoryKind, string>> AllKinds => Kinds;
    public static IEnumerable<KeyValuePair<FrenchRegion, string>> AllRegions => Regions.OrderBy(r => r.Value, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false));
    public static IEnumerable<KeyValuePair<CarrierKind, string>> AllCarriers => Carriers;

    public static string Label(TerritoryKind kind) => Kinds.GetValueOrDefault(kind, kind.ToString());
    public static string Label(FrenchRegion region) => Regions.GetValueOrDefault(region, region.ToString());
    public static string Label(CarrierKind carrier) => Carriers.GetValueOrDefault(carrier, carrier.ToString());

    public static bool TryParseKind(string text, out TerritoryKind kind) => KindAliases.TryGetValue(Fold(text), out kind);
    public static bool TryParseRegion(string text, out FrenchRegion region) => RegionAliases.TryGetValue(Fold(text), out region);
    public static bool TryParseCarrier(string text, out CarrierKind carrier) => CarrierAliases.TryGetValue(Fold(text), out carrier);

    /// <summary>Lower case, no accents, letters and digits only: « Île-de-France » and « ile de france » meet.</summary>
    public static string Fold(string text) => Domain.Common.Searchable.Fold(text).Replace(" ", "", StringComparison.Ordinal);

    private static Dictionary<string, TEnum> Index<TEnum>(Dictionary<TEnum, string> labels, Dictionary<string, TEnum> aliases)
        where TEnum : struct, Enum
    {
        foreach (var (value, label) in labels)
        {
            aliases.TryAdd(Fold(label), value);
            aliases.TryAdd(Fold(value.ToString()), value);
        }
        return aliases;
    }
}
