using Parcours.Domain.Common;

namespace Parcours.Domain.Roadmaps;

public enum RoadmapStatus
{
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Validated = 4,
}

public enum ActionStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Abandoned = 4,
}

/// <summary>A section of the roadmap; its text is a small Markdown (paragraphs, bullet lists, bold, italic).</summary>
public sealed record RoadmapSection(string Key, string Title, string Text);

public sealed record RoadmapAction(string Title, string? Partners = null, string? Owner = null, DateOnly? Deadline = null, string? Indicator = null,
    ActionStatus Status = ActionStatus.Planned);

/// <summary>A write that started from an older version than the current one.</summary>
public sealed class StaleRoadmapException(Roadmap current) : Exception("La feuille de route a changé depuis votre lecture.")
{
    public Roadmap Current { get; } = current;
}

/// <summary>
/// A territory's feuille de route in a cohort: drafted from S2, defined at S3, pitched at S4.
/// Both members of the binôme write it; every write states the version it started from, so that
/// nothing typed is lost silently. Submitting freezes a numbered version.
/// </summary>
public sealed class Roadmap
{
    public static readonly IReadOnlyList<(string Key, string Title)> DefaultSections =
    [
        ("enjeux", "Enjeux et fragilités du territoire"),
        ("freins", "Freins rencontrés"),
        ("objectifs", "Objectifs"),
        ("positionnement", "Positionnement du catalyseur dans l'écosystème local"),
        ("cle-positionnement", "Clé de pérennité 1 — un positionnement clair dans l'écosystème"),
        ("cle-modele", "Clé de pérennité 2 — le modèle socio-économique"),
        ("cle-gouvernance", "Clé de pérennité 3 — la gouvernance du dispositif"),
        ("cle-cadre", "Clé de pérennité 4 — le cadre technique (juridique, fiscal, social, accès au droit commun)"),
        ("evaluation", "Évaluation adaptée à la maturité"),
    ];

    public const int SectionMax = 20_000;
    public const int ActionsMax = 200;

    private Roadmap() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public RoadmapStatus Status { get; private set; }
    /// <summary>Grows with every write; 0 is a roadmap nobody has written yet.</summary>
    public int Version { get; private set; }
    private List<RoadmapSection> _sections = [];
    public IReadOnlyList<RoadmapSection> Sections => _sections;
    private List<RoadmapAction> _actions = [];
    public IReadOnlyList<RoadmapAction> Actions => _actions;
    public int SubmittedVersions { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    /// <summary>Since when the binôme shares its validated roadmap with the other territories of the cohort; null: not shared (the default).</summary>
    public DateTime? SharedAtUtc { get; private set; }
    private List<ProgrammeTheme> _sharedThemes = [];
    /// <summary>The themes the binôme says its roadmap speaks to, for peers to find it.</summary>
    public IReadOnlyList<ProgrammeTheme> SharedThemes => _sharedThemes;
    /// <summary>With whom it is shared: the cohort, or the whole programme; null when not shared.</summary>
    public SharingScope? SharedWith { get; private set; }

    /// <summary>
    /// Shares the last validated version with the other territories of the cohort, or of the whole programme —
    /// only by the binôme's choice, only once a version was validated, with at least one theme to be found by.
    /// </summary>
    public void Share(bool hasValidatedVersion, IReadOnlyList<ProgrammeTheme> themes, SharingScope scope, DateTime nowUtc)
    {
        Rule.Check(!Enum.IsDefined(scope), "roadmap-share-scope", "Dites avec qui partager : la promotion ou tout le programme.");
        Rule.Check(!hasValidatedVersion, "roadmap-share-not-validated", "Seule une feuille de route validée se partage : attendez la validation de la relecture.");
        Rule.Check(themes.Count == 0, "roadmap-share-theme", "Choisissez au moins un thème du programme : c'est ainsi que les autres territoires la trouveront.");
        _sharedThemes = [.. themes.Distinct().Order()];
        SharedWith = scope;
        SharedAtUtc ??= nowUtc;
    }

    /// <summary>Stops sharing, at once: the other territories no longer find nor read it.</summary>
    public void Unshare()
    {
        SharedAtUtc = null;
        SharedWith = null;
        _sharedThemes = [];
    }

    public static Roadmap Start(Guid cohortId, Guid territoryId) => new()
    {
        Id = Guid.CreateVersion7(),
        CohortId = cohortId,
        TerritoryId = territoryId,
        Status = RoadmapStatus.Draft,
        _sections = [.. DefaultSections.Select(s => new RoadmapSection(s.Key, s.Title, ""))],
    };

    public bool IsEmpty => Sections.All(s => string.IsNullOrWhiteSpace(s.Text)) && Actions.Count == 0;

    public void WriteSection(int expectedVersion, string key, string text, string by, DateTime nowUtc)
    {
        BeginWrite(expectedVersion);
        var index = _sections.FindIndex(s => s.Key == key);
        Rule.Check(index < 0, "roadmap-section-unknown", $"La feuille de route n'a pas de section « {key} ».");
        // A new list, not an edit in place: the change tracker compares the column's content with its snapshot.
        _sections = [.. _sections.Select((s, i) => i == index ? s with { Text = text } : s)];
        EndWrite(by, nowUtc);
    }

    /// <summary>Several sections and the actions in one write: one version, all or nothing.</summary>
    public void Write(int expectedVersion, IReadOnlyDictionary<string, string> sections, IReadOnlyList<RoadmapAction>? actions, string by, DateTime nowUtc)
    {
        BeginWrite(expectedVersion);
        foreach (var key in sections.Keys)
        {
            Rule.Check(Sections.All(s => s.Key != key), "roadmap-section-unknown", $"La feuille de route n'a pas de section « {key} ».");
        }
        _sections = [.. Sections.Select(s => sections.TryGetValue(s.Key, out var text) ? s with { Text = text } : s)];
        if (actions is not null) _actions = [.. actions];
        EndWrite(by, nowUtc);
    }

    public void WriteActions(int expectedVersion, IReadOnlyList<RoadmapAction> actions, string by, DateTime nowUtc)
    {
        BeginWrite(expectedVersion);
        _actions = [.. actions];
        EndWrite(by, nowUtc);
    }

    /// <summary>Freezes the current text as the next numbered version, for review.</summary>
    public RoadmapVersion Submit(int expectedVersion, string by, DateTime nowUtc)
    {
        if (expectedVersion != Version) throw new StaleRoadmapException(this);
        Rule.Check(Status == RoadmapStatus.Submitted, "roadmap-submitted", "La feuille de route est déjà soumise : attendez la relecture.");
        Rule.Check(IsEmpty, "roadmap-empty", "Une feuille de route vide ne peut pas être soumise : rédigez au moins une section ou une action.");
        Status = RoadmapStatus.Submitted;
        SubmittedVersions++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
        return new RoadmapVersion(this, SubmittedVersions, by, nowUtc);
    }

    public void Review(RoadmapVersion latest, bool validated, string by, DateTime nowUtc)
    {
        Rule.Check(Status != RoadmapStatus.Submitted, "roadmap-not-submitted", "Seule une feuille de route soumise se relit.");
        Status = validated ? RoadmapStatus.Validated : RoadmapStatus.ChangesRequested;
        latest.Decide(validated, by, nowUtc);
        UpdatedAtUtc = nowUtc;
    }

    private void BeginWrite(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleRoadmapException(this);
        Rule.Check(Status == RoadmapStatus.Submitted, "roadmap-submitted", "La feuille de route est soumise : elle se modifie après la relecture.");
    }

    private void EndWrite(string by, DateTime nowUtc)
    {
        // Writing after a review starts the next draft; the reviewed version stays in the history.
        Status = RoadmapStatus.Draft;
        Version++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
    }
}
