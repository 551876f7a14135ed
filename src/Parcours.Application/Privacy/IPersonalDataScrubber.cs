namespace Parcours.Application.Privacy;

/// <summary>
/// Replaces a person's name and address wherever free text holds them — « rédigé par », a note, a decision,
/// a visit's list of visitors — in every table but the audit trail (which holds none). Runs in the erasure's
/// transaction.
/// </summary>
public interface IPersonalDataScrubber
{
    /// <summary>Replaces each of <paramref name="needles"/> by <paramref name="replacement"/>; returns the number of values changed.</summary>
    Task<int> ReplaceEverywhereAsync(IReadOnlyCollection<string> needles, string replacement, CancellationToken ct);
}
