using Parcours.Application.Common.Documents;
using Parcours.Domain.Roadmaps;
using Parcours.Infrastructure.Documents.Pdf;
using Parcours.Tests.Support;

namespace Parcours.Tests.Documents;

/// <summary>The PDF adapter alone, read back with pdftotext and checked with qpdf.</summary>
public sealed class RoadmapPdfTests
{
    private static readonly DateTime Generated = new(2018, 11, 8, 10, 30, 0);

    public static RoadmapDocument Sample(int actions = 3, string territory = "Communauté de communes Cœur de Chartreuse") => new(
        territory, "Promotion pilote 2017–2018", ["Claire Lefèvre", "Mathieu Moreau"], "Version 2 (validée)", new DateTime(2018, 9, 27),
        [
            new RoadmapSection("enjeux", "Enjeux et fragilités du territoire", "Un territoire **rural** et *montagnard* : « faire alliance » entre élus, entreprises et associations.\n\n- mobilité des jeunes\n- accès aux soins\n1. premier point numéroté"),
            new RoadmapSection("freins", "Freins rencontrés", "<script>alert('x')</script> et <b>balises</b> restent du texte."),
            new RoadmapSection("objectifs", "Objectifs", "Créer un tiers-lieu d'ici 2019 ; budget 30 000 €."),
            new RoadmapSection("evaluation", "Évaluation adaptée à la maturité", "Glyphes absents : 漢字 🎉 fin."),
        ],
        [.. Enumerable.Range(1, actions).Select(i => new RoadmapAction($"Action n° {i:00} — réunir les acteurs du territoire autour du projet de tiers-lieu", "Mairie, CAF, association « Vivre ensemble »",
            "Claire Lefèvre", new DateOnly(2019, 1, 1).AddDays(i), "Nombre de partenaires engagés", ActionStatus.Planned))]);

    [Fact]
    public async Task ARoadmap_ReadsBackInFrench_WithItsCoverSectionsAndActions()
    {
        var pdf = new PdfDocumentRenderer().RenderRoadmap(Sample(), Generated);
        await Pdf.AssertValidAsync(pdf);
        var pages = await Pdf.TextAsync(pdf);
        var all = string.Join("\n", pages);
        Assert.Contains("Communauté de communes Cœur de Chartreuse", pages[0]);
        Assert.Contains("Claire Lefèvre", pages[0]);
        Assert.Contains("Version 2 (validée) — 27/09/2018", pages[0]);
        Assert.Contains("« faire alliance »", all);
        Assert.Contains("30 000 €", all);
        Assert.Contains("Action n° 01", all);
        Assert.Contains("Plan d'actions", all);
        Assert.Contains("<script>alert('x')</script>", all);
        Assert.Contains("Glyphes absents : ?? ? fin.", all);
        Assert.Contains("Page 1 / ", pages[0]);
        Assert.Contains("généré le 08/11/2018 à 10:30", pages[0]);
    }

    [Fact]
    public async Task ARoadmapWithSixtyActions_SpansPages_RepeatsTheHeader_AndCutsNoRow()
    {
        var pdf = new PdfDocumentRenderer().RenderRoadmap(Sample(60), Generated);
        await Pdf.AssertValidAsync(pdf);
        var pages = (await Pdf.TextAsync(pdf)).Where(p => p.Trim().Length > 0).ToList();
        var withActions = pages.Where(p => p.Contains("Action n°", StringComparison.Ordinal)).ToList();
        Assert.True(withActions.Count >= 3, $"60 actions on {withActions.Count} page(s)");
        Assert.All(withActions, p => Assert.Contains("Responsable", p));
        for (var i = 1; i <= 60; i++)
        {
            // Each row whole on one page: its title and its own deadline on the same page.
            var page = Assert.Single(withActions, p => p.Contains($"Action n° {i:00}", StringComparison.Ordinal));
            Assert.Contains(new DateOnly(2019, 1, 1).AddDays(i).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), page);
        }
        Assert.Contains($"Page {pages.Count} / {pages.Count}", pages[^1]);
    }

    [Fact]
    public async Task TheFontsAreEmbedded()
    {
        var fonts = await Pdf.FontsAsync(new PdfDocumentRenderer().RenderRoadmap(Sample(), Generated));
        var lines = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(" yes ", l));
    }

    [Fact]
    public async Task ABundle_HasATableOfContentsWithTheRightPageNumbers()
    {
        var names = Enumerable.Range(1, 12).Select(i => $"Territoire pilote {i:00}").ToList();
        var pdf = new PdfDocumentRenderer().RenderBundle("Feuilles de route validées", "Promotion pilote 2017–2018",
            [.. names.Select((n, i) => Sample(i % 4 * 10, n))], Generated);
        await Pdf.AssertValidAsync(pdf);
        var pages = await Pdf.TextAsync(pdf);
        Assert.Contains("Sommaire", pages[1]);
        foreach (var name in names)
        {
            var entry = pages[1].Split('\n').Single(l => l.Contains(name, StringComparison.Ordinal));
            var number = int.Parse(entry.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(name, pages[number - 1]);
            Assert.Contains("Feuille de route", pages[number - 1]);
        }
    }
}

public sealed class PdfFooterTests
{
    [Fact]
    public async Task ALongTitle_GivesWayToThePageNumber()
    {
        var territory = "Communauté d'agglomération du Grand Besançon Métropole et de ses communes associées du Doubs";
        var pdf = new PdfDocumentRenderer().RenderRoadmap(RoadmapPdfTests.Sample(territory: territory), new DateTime(2018, 11, 8, 10, 30, 0));
        var first = (await Pdf.TextAsync(pdf))[0];
        var footer = first.Split('\n').Single(l => l.Contains("Page 1 / ", StringComparison.Ordinal));
        Assert.Contains("… — généré le 08/11/2018 à 10:30", footer);
        Assert.Matches(@"10:30\s{2,}Page 1 / \d+", footer);
    }
}
