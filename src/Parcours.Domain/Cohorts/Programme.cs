namespace Parcours.Domain.Cohorts;

/// <summary>A « parcours d'expérience », e.g. « co-construction territoriale »; cohorts are its runs.</summary>
public sealed class Programme
{
    private Programme() { }

    public Programme(string name, string? description)
    {
        Id = Guid.CreateVersion7();
        Name = name.Trim();
        Description = description?.Trim();
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
}
