using System.Diagnostics;
using Parcours.Application.Common.Documents;
using Parcours.Domain.Roadmaps;
using Parcours.Infrastructure.Documents.Pdf;

// A 3-page roadmap (cover, nine sections, a 4-row actions table), the 12-territory bundle, and 1,000 renders in a row.
static RoadmapDocument Roadmap(string territory, int actions) => new(
    territory, "Promotion pilote 2017–2018", ["Claire Lefèvre", "Mathieu Moreau"], "Version 2 (validée)", new DateTime(2018, 9, 27),
    [.. Roadmap_.Sections.Select(s => new RoadmapSection(s.Key, s.Title,
        "Le territoire fait face à des fragilités **multiples** : vieillissement, *mobilité*, accès à l'emploi. « Faire alliance » entre élus, entreprises et associations.\n\n- des acteurs nombreux mais peu reliés\n- une envie d'agir ensemble"))],
    [.. Enumerable.Range(1, actions).Select(i => new RoadmapAction($"Action {i} — réunir les acteurs autour du projet de tiers-lieu", "Mairie, CAF, associations",
        "Claire Lefèvre", new DateOnly(2019, 1, 1).AddDays(i), "Nombre de partenaires engagés", ActionStatus.Planned))]);

var renderer = new PdfDocumentRenderer();
var now = new DateTime(2018, 11, 8, 10, 30, 0);
var single = Roadmap("Communauté de communes Cœur de Chartreuse", 4);
var pages = CountPages(renderer.RenderRoadmap(single, now));

for (var i = 0; i < 30; i++) renderer.RenderRoadmap(single, now);
var times = new List<double>();
for (var i = 0; i < 200; i++)
{
    var started = Stopwatch.GetTimestamp();
    renderer.RenderRoadmap(single, now);
    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
times.Sort();
Console.WriteLine($"RESULT roadmap ({pages} pages): median {times[100]:0.0} ms, p95 {times[190]:0.0} ms, max {times[^1]:0.0} ms over 200 renders");

// The same pages and text with bare PDFsharp (XTextFormatter in rectangles, no markdown, no table layout):
// what the library itself costs, for the ratio the performance issue asks for. Alternated with ours.
_ = PdfFonts.Install();
for (var i = 0; i < 30; i++) Bare(single, pages);
var bareTimes = new List<double>();
var oursTimes = new List<double>();
for (var i = 0; i < 200; i++)
{
    var started = Stopwatch.GetTimestamp();
    Bare(single, pages);
    bareTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    started = Stopwatch.GetTimestamp();
    renderer.RenderRoadmap(single, now);
    oursTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
bareTimes.Sort();
oursTimes.Sort();
Console.WriteLine($"RESULT same pages and text, alternated: bare PDFsharp median {bareTimes[100]:0.00} ms, Parcours median {oursTimes[100]:0.00} ms, ratio {oursTimes[100] / bareTimes[100]:0.00}");

var bundle = Enumerable.Range(1, 12).Select(i => Roadmap($"Territoire pilote {i:00}", 4 + (i % 4 * 8))).ToList();
for (var i = 0; i < 3; i++) renderer.RenderBundle("Feuilles de route validées", "Promotion pilote 2017–2018", bundle, now);
var bundleTimes = new List<double>();
byte[] last = [];
for (var i = 0; i < 20; i++)
{
    var started = Stopwatch.GetTimestamp();
    last = renderer.RenderBundle("Feuilles de route validées", "Promotion pilote 2017–2018", bundle, now);
    bundleTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
bundleTimes.Sort();
Console.WriteLine($"RESULT bundle of 12 ({CountPages(last)} pages, {last.Length / 1024} KB): median {bundleTimes[10]:0.0} ms, max {bundleTimes[^1]:0.0} ms over 20 renders");

var memory = new List<string>();
for (var i = 1; i <= 1000; i++)
{
    renderer.RenderRoadmap(single, now);
    if (i is 100 or 250 or 500 or 750 or 1000)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        memory.Add($"{i}: {GC.GetTotalMemory(true) / 1024.0 / 1024.0:0.0} MB");
    }
}
Console.WriteLine($"RESULT 1,000 renders in a row, managed heap after full GC: {string.Join(", ", memory)}; working set {Environment.WorkingSet / 1024 / 1024} MB");

static byte[] Bare(RoadmapDocument d, int pageCount)
{
    using var document = new PdfSharp.Pdf.PdfDocument();
    var title = new PdfSharp.Drawing.XFont(PdfFonts.Family, 16, PdfSharp.Drawing.XFontStyleEx.Bold);
    var body = new PdfSharp.Drawing.XFont(PdfFonts.Family, 10);
    var texts = new List<(string Text, PdfSharp.Drawing.XFont Font)> { (d.TerritoryName, title), (d.CohortTitle, body), (string.Join(", ", d.PairMembers), body), (d.VersionLabel, body) };
    texts.AddRange(d.Sections.SelectMany(s => new[] { (s.Title, title), (s.Text, body) }));
    texts.AddRange(d.Actions.Select(a => ($"{a.Title} — {a.Partners} — {a.Owner} — {a.Deadline:dd/MM/yyyy} — {a.Indicator}", body)));
    var perPage = (texts.Count + pageCount - 1) / pageCount;
    foreach (var chunk in texts.Chunk(perPage))
    {
        var page = document.AddPage();
        using var gfx = PdfSharp.Drawing.XGraphics.FromPdfPage(page);
        var formatter = new PdfSharp.Drawing.Layout.XTextFormatter(gfx);
        var y = 56.0;
        foreach (var (text, font) in chunk)
        {
            var height = font.Size * 1.4 * Math.Max(1, Math.Ceiling(text.Length / 90.0));
            formatter.DrawString(text, font, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XRect(56, y, page.Width.Point - 112, height));
            y += height + 6;
        }
    }
    using var stream = new MemoryStream();
    document.Save(stream);
    return stream.ToArray();
}

static int CountPages(byte[] pdf) => System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");

internal static class Roadmap_
{
    public static IReadOnlyList<(string Key, string Title)> Sections => Parcours.Domain.Roadmaps.Roadmap.DefaultSections;
}
