using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Pairs;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A binôme's story (who sat in it, from when to when) and a member replaced, the history kept.</summary>
public sealed class BinomeModel(TimeProvider clock) : CoordinationPage
{
    public PairDto Pair { get; private set; } = null!;
    public PersonChoice IncomingChoice { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Outgoing { get; set; }
    [BindProperty(SupportsGet = true)] public string? Incoming { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchIncoming { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Date { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid pairId)
    {
        ModelState.Clear();
        Date ??= FrenchTime.Today(clock);
        await LoadAsync(cohortId, pairId);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid pairId)
    {
        if (!Guid.TryParse(Outgoing, out var outgoing)) ModelState.AddModelError(nameof(Outgoing), "Choisissez le membre qui quitte le binôme.");
        if (!Guid.TryParse(Incoming, out var incoming)) ModelState.AddModelError(nameof(Incoming), "Choisissez la personne qui le remplace.");
        if (Date is null) ModelState.AddModelError(nameof(Date), "Indiquez la date du remplacement.");
        if (ModelState.IsValid)
        {
            var (ok, pair) = await TryFormAsync(new ReplacePairMember(OutgoingPersonId: outgoing, IncomingPersonId: incoming, Date: Date!.Value) { PairId = pairId }, f => f switch
            {
                "OutgoingPersonId" => nameof(Outgoing), "IncomingPersonId" => nameof(Incoming), "Date" => nameof(Date), _ => "",
            });
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"binomes/{pairId}"), $"Membre remplacé dans le binôme de « {pair!.TerritoryName} ».");
        }
        await LoadAsync(cohortId, pairId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid pairId)
    {
        await LoadCohortAsync(cohortId);
        Pair = await SendAsync(new GetPair(pairId));
        if (Pair.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Binôme introuvable.");
        IncomingChoice = new PersonChoice(nameof(Incoming), "Personne qui le remplace", nameof(SearchIncoming), SearchIncoming, Incoming,
            await FindPeopleAsync(SearchIncoming, Incoming));
    }
}
