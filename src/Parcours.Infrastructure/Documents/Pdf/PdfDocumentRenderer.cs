using System.Globalization;
using Parcours.Application.Common.Documents;
using Parcours.Domain.Roadmaps;
using PdfSharp.Drawing;

namespace Parcours.Infrastructure.Documents.Pdf;

/// <summary>Roadmaps as A4 PDFs in French, through PDFsharp 6.5 (AGPL): the adapter behind <see cref="IDocumentRenderer"/>.</summary>
internal sealed class PdfDocumentRenderer : IDocumentRenderer
{
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0x1F, 0x4E, 0x79));
    private static readonly string[] ActionHeaders = ["Action", "Partenaires", "Responsable", "Échéance", "Indicateur", "Statut"];
    private static readonly double[] ActionShares = [0.24, 0.18, 0.16, 0.13, 0.17, 0.12];
    private readonly PdfFonts _fonts = PdfFonts.Install();

    public byte[] RenderRoadmap(RoadmapDocument roadmap, DateTime generatedAtParis)
    {
        using var layout = new PdfLayout(_fonts, $"Feuille de route — {roadmap.TerritoryName}");
        Roadmap(layout, roadmap);
        layout.Footers(generatedAtParis, $"Feuille de route — {roadmap.TerritoryName}");
        return layout.Save();
    }

    public byte[] RenderBundle(string title, string subtitle, IReadOnlyList<RoadmapDocument> roadmaps, DateTime generatedAtParis)
    {
        using var layout = new PdfLayout(_fonts, title);
        layout.NewPage();
        layout.Space(180);
        layout.Text(title, 24, bold: true, brush: Accent);
        layout.Space(8);
        layout.Text(subtitle, 13);
        layout.Space(8);
        layout.Text($"{roadmaps.Count} feuille{(roadmaps.Count > 1 ? "s" : "")} de route validée{(roadmaps.Count > 1 ? "s" : "")}", 11, italic: true);

        var starts = new List<int>();
        foreach (var roadmap in roadmaps)
        {
            starts.Add(layout.PageIndex + 1);
            Roadmap(layout, roadmap);
        }

        // The table of contents goes after the cover, once every start page is known.
        const int perPage = 32;
        var tocPages = Math.Max(1, (roadmaps.Count + perPage - 1) / perPage);
        for (var p = 0; p < tocPages; p++)
        {
            var page = layout.Document.InsertPage(1 + p);
            page.Size = PdfSharp.PageSize.A4;
        }
        for (var p = 0; p < tocPages; p++)
        {
            var page = layout.Document.Pages[1 + p];
            PdfLayout.DrawOn(page, gfx =>
            {
                var y = 56.0;
                gfx.DrawString("Sommaire", layout.Font(18, bold: true), Accent, 56, y, XStringFormats.TopLeft);
                y += 40;
                foreach (var (roadmap, index) in roadmaps.Select((r, i) => (r, i)).Skip(p * perPage).Take(perPage))
                {
                    var number = (starts[index] + tocPages + 1).ToString(CultureInfo.InvariantCulture);
                    var name = _fonts.Drawable(roadmap.TerritoryName);
                    gfx.DrawString(name, layout.Font(11), XBrushes.Black, 56, y, XStringFormats.TopLeft);
                    gfx.DrawString(number, layout.Font(11), XBrushes.Black, page.Width.Point - 56, y, XStringFormats.TopRight);
                    var from = 56 + gfx.MeasureString(name, layout.Font(11)).Width + 6;
                    var to = page.Width.Point - 56 - gfx.MeasureString(number, layout.Font(11)).Width - 6;
                    if (to > from) gfx.DrawLine(new XPen(XColors.LightGray, 0.5) { DashStyle = XDashStyle.Dot }, from, y + 10, to, y + 10);
                    y += 20;
                }
            });
        }
        for (var i = 0; i < roadmaps.Count; i++)
        {
            layout.Document.Outlines.Add(_fonts.Drawable(roadmaps[i].TerritoryName), layout.Document.Pages[starts[i] + tocPages], true);
        }
        layout.Footers(generatedAtParis, title);
        return layout.Save();
    }

    public byte[] RenderReport(ReportDocument report, IReadOnlyList<RoadmapDocument> appendix, DateTime generatedAtParis)
    {
        using var layout = new PdfLayout(_fonts, $"{report.Title} — {report.Subtitle}");
        layout.NewPage();
        layout.Text(report.Title, 22, bold: true, brush: Accent);
        layout.Text(report.Subtitle, 12);
        layout.Space(10);
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    Section(layout, heading.Text);
                    break;
                case ReportParagraph paragraph:
                    layout.Text(paragraph.Text, 10);
                    layout.Space(4);
                    break;
                case ReportFigures figures:
                    layout.Figures([.. figures.Figures.Select(f => (f.Label, f.Value))], Accent);
                    break;
                case ReportBarChart chart:
                    layout.BarChart(chart.Title, [.. chart.Bars.Select(b => (b.Label, b.Value, b.Display))], chart.Max, Accent);
                    break;
                case ReportTable table when table.Rows.Count == 0:
                    layout.Text("(rien à signaler)", 9, italic: true, brush: XBrushes.Gray);
                    break;
                case ReportTable table:
                    layout.Table(table.Headers, table.Shares, table.Rows);
                    layout.Space(8);
                    break;
            }
        }
        foreach (var roadmap in appendix)
        {
            Roadmap(layout, roadmap);
        }
        layout.Footers(generatedAtParis, $"{report.Title} — {report.Subtitle}");
        return layout.Save();
    }

    private static string Label(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Prévue",
        ActionStatus.InProgress => "En cours",
        ActionStatus.Done => "Réalisée",
        ActionStatus.Abandoned => "Abandonnée",
        _ => status.ToString(),
    };

    private static void Roadmap(PdfLayout layout, RoadmapDocument roadmap)
    {
        // Cover.
        layout.NewPage();
        layout.Space(150);
        layout.Text("Feuille de route", 14, brush: Accent);
        layout.Space(6);
        layout.Text(roadmap.TerritoryName, 26, bold: true);
        layout.Space(14);
        layout.Text(roadmap.CohortTitle, 13);
        layout.Space(24);
        layout.Text("Binôme de catalyseurs territoriaux", 10, italic: true, brush: XBrushes.Gray);
        foreach (var member in roadmap.PairMembers)
        {
            layout.Text(member, 12);
        }
        layout.Space(24);
        layout.Text($"{roadmap.VersionLabel} — {roadmap.VersionDateParis.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", 11);

        // Sections, with the actions table after the objectives.
        layout.NewPage();
        foreach (var section in roadmap.Sections)
        {
            Section(layout, section.Title);
            if (string.IsNullOrWhiteSpace(section.Text))
            {
                layout.Text("(section non renseignée)", 10, italic: true, brush: XBrushes.Gray);
            }
            foreach (var block in MiniMarkdown.Parse(section.Text))
            {
                layout.Runs(block.Runs, 10, block.Bullet is null ? 0 : 18, block.Bullet);
                layout.Space(4);
            }
            if (section.Key == "objectifs")
            {
                Section(layout, "Plan d'actions");
                if (roadmap.Actions.Count == 0)
                {
                    layout.Text("(aucune action)", 10, italic: true, brush: XBrushes.Gray);
                }
                else
                {
                    layout.Table(ActionHeaders, ActionShares, [.. roadmap.Actions.Select(a => (IReadOnlyList<string>)
                        [a.Title, a.Partners ?? "", a.Owner ?? "", a.Deadline?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "", a.Indicator ?? "", Label(a.Status)])]);
                }
            }
        }
    }

    private static void Section(PdfLayout layout, string title)
    {
        layout.Space(10);
        layout.Text(title, 13, bold: true, brush: Accent);
        layout.Space(4);
    }
}
