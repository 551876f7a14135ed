using Parcours.Application.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A territory's profile as its form shows it.</summary>
public sealed class TerritoryForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Region { get; set; }
    public string? CarrierKind { get; set; }
    public string? OfficialCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public static TerritoryForm From(TerritoryDto t) => new()
    {
        Name = t.Name, Kind = t.Kind.ToString(), Region = t.Region.ToString(), CarrierKind = t.CarrierKind.ToString(),
        OfficialCode = t.OfficialCode, ContactName = t.ContactName, ContactEmail = t.ContactEmail, ContactPhone = t.ContactPhone,
    };

    public static IEnumerable<KeyValuePair<string, string>> Kinds => Choose(FrenchLabels.AllKinds);
    public static IEnumerable<KeyValuePair<string, string>> Regions => Choose(FrenchLabels.AllRegions);
    public static IEnumerable<KeyValuePair<string, string>> Carriers => Choose(FrenchLabels.AllCarriers);

    private static IEnumerable<KeyValuePair<string, string>> Choose<T>(IEnumerable<KeyValuePair<T, string>> all) where T : struct, Enum =>
        [new("", "— choisir —"), .. all.Select(x => new KeyValuePair<string, string>(x.Key.ToString(), x.Value))];

    /// <summary>
    /// The profile for the use case. An empty or unknown choice becomes 0, which the use case's
    /// validator refuses with its French message beside the field.
    /// </summary>
    public TerritoryProfile ToProfile() => new(
        Name ?? "", Parse<TerritoryKind>(Kind), Parse<FrenchRegion>(Region), Parse<CarrierKind>(CarrierKind),
        Blank(OfficialCode), Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone));

    private static T Parse<T>(string? value) where T : struct, Enum => Enum.TryParse<T>(value, out var v) && Enum.IsDefined(v) ? v : default;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static string FieldOf(string field) => field.Replace("Profile", "", StringComparison.Ordinal).TrimStart('.') switch
    {
        "" => "",
        var f => "Form." + f,
    };

    public static string Id(string field) => TagBuilder.CreateSanitizedId("Form." + field, "_");
}
