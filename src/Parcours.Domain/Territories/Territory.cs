namespace Parcours.Domain.Territories;

/// <summary>A territory's profile. It exists once; its part in each cohort is a <see cref="Participation"/>.</summary>
public sealed class Territory
{
    private Territory() { }

    public Territory(TerritoryProfile profile, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CreatedAtUtc = nowUtc;
        Update(profile, nowUtc);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public TerritoryKind Kind { get; private set; }
    public FrenchRegion Region { get; private set; }
    public CarrierKind CarrierKind { get; private set; }
    public string? OfficialCode { get; private set; }
    public string? ContactName { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public void Update(TerritoryProfile profile, DateTime nowUtc)
    {
        Name = profile.Name.Trim();
        Kind = profile.Kind;
        Region = profile.Region;
        CarrierKind = profile.CarrierKind;
        OfficialCode = Blank(profile.OfficialCode);
        ContactName = Blank(profile.ContactName);
        ContactEmail = Blank(profile.ContactEmail)?.ToLowerInvariant();
        ContactPhone = Blank(profile.ContactPhone);
        UpdatedAtUtc = nowUtc;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record TerritoryProfile(
    string Name, TerritoryKind Kind, FrenchRegion Region, CarrierKind CarrierKind,
    string? OfficialCode = null, string? ContactName = null, string? ContactEmail = null, string? ContactPhone = null);
