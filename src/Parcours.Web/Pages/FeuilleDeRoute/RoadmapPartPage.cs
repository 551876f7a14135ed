using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>
/// A page that writes one part of a roadmap (a section, the actions). Both members of the binôme may
/// write at once: a save made from an older version is applied to the current one when this part did
/// not change meanwhile (the other member wrote elsewhere); otherwise the current roadmap comes back
/// as the conflict the page shows beside what the writer typed.
/// </summary>
public abstract class RoadmapPartPage : UseCasePage
{
    private const int Retries = 3;

    /// <summary>The fingerprint of the part as the writer found it, carried by the form.</summary>
    public abstract string? BaseFingerprint { get; set; }

    protected async Task<(bool Ok, RoadmapDto? Saved, RoadmapDto? Conflict)> SavePartAsync(
        Func<int, MediatR.IRequest<RoadmapDto>> write, int version, Func<RoadmapDto, string> fingerprintOfPart, Func<string, string> fieldOf)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (ok, saved) = await TryAsync(write(version), fieldOf);
                return (ok, saved, null);
            }
            catch (StaleWriteException stale)
            {
                if (fingerprintOfPart(stale.Current) == BaseFingerprint && attempt < Retries)
                {
                    version = stale.Current.Version;
                    continue;
                }
                // The form now starts from the version saved meanwhile; what the writer typed stays in it.
                ModelState.Remove("Version");
                ModelState.Remove(nameof(BaseFingerprint));
                BaseFingerprint = fingerprintOfPart(stale.Current);
                return (false, null, stale.Current);
            }
        }
    }
}
