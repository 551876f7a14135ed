using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parcours.Infrastructure.Documents.Pdf;

/// <summary>
/// A small flowing layout on A4 pages: wrapped text in runs of regular, bold and italic, bullets,
/// and tables whose header repeats on each page and whose rows are never cut. Footers are drawn
/// once the page count is known.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double Margin = 56;
    private const double FooterSpace = 36;
    private readonly PdfFonts _fonts;
    private readonly Dictionary<(double, bool, bool), XFont> _fontCache = [];
    private XGraphics? _gfx;

    public PdfLayout(PdfFonts fonts, string title)
    {
        _fonts = fonts;
        Document = new PdfDocument();
        Document.Info.Title = fonts.Drawable(title);
        Document.Info.Creator = "Parcours";
        // Uncompressed content streams: qpdf --check reads them without a warning, pdftotext as well.
        Document.Options.CompressContentStreams = false;
    }

    public PdfDocument Document { get; }
    public double Y { get; private set; }
    public int PageIndex => Document.PageCount - 1;
    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page yet.");
    private static double Left => Margin;
    private double Width => Document.Pages[PageIndex].Width.Point - (2 * Margin);
    private double Bottom => Document.Pages[PageIndex].Height.Point - Margin - FooterSpace;

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        if (!_fontCache.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch { (true, true) => XFontStyleEx.BoldItalic, (true, false) => XFontStyleEx.Bold, (false, true) => XFontStyleEx.Italic, _ => XFontStyleEx.Regular };
            _fontCache[(size, bold, italic)] = font = new XFont(PdfFonts.Family, size, style);
        }
        return font;
    }

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = Document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    public void Space(double height) => Y += height;

    public void Text(string text, double size, bool bold = false, bool italic = false, XBrush? brush = null, double indent = 0) =>
        Runs([new MiniMarkdown.Run(text, bold, italic)], size, indent, null, brush);

    /// <summary>Wrapped runs; a bullet hangs in the margin of the indented text.</summary>
    public void Runs(IReadOnlyList<MiniMarkdown.Run> runs, double size, double indent = 0, string? bullet = null, XBrush? brush = null)
    {
        var lineHeight = size * 1.4;
        var maxWidth = Width - indent;
        var words = new List<(string Text, XFont Font, double Width)>();
        foreach (var run in runs)
        {
            var font = Font(size, run.Bold, run.Italic);
            foreach (var word in _fonts.Drawable(run.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.AddRange(Fit(word, font, maxWidth).Select(part => (part.Text, font, part.Width)));
            }
        }
        var line = new List<(string Text, XFont Font, double X)>();
        double x = 0;
        var first = true;
        void Emit()
        {
            if (Y + lineHeight > Bottom) NewPage();
            if (first && bullet is not null)
            {
                Gfx.DrawString(bullet, Font(size), XBrushes.Black, Left + indent - (size * 1.2), Y, XStringFormats.TopLeft);
            }
            // One string per run of words in the same font, not one per word: a tenth of the drawing
            // operations, and the same positions (the space drawn is the space measured).
            for (var i = 0; i < line.Count;)
            {
                var (_, font, at) = line[i];
                var end = i;
                while (end + 1 < line.Count && ReferenceEquals(line[end + 1].Font, font)) end++;
                var text = end == i ? line[i].Text : string.Join(' ', line.Skip(i).Take(end - i + 1).Select(w => w.Text));
                Gfx.DrawString(text, font, brush ?? XBrushes.Black, Left + indent + at, Y, XStringFormats.TopLeft);
                i = end + 1;
            }
            Y += lineHeight;
            line.Clear();
            x = 0;
            first = false;
        }
        foreach (var (text, font, width) in words)
        {
            if (line.Count > 0 && x + width > maxWidth) Emit();
            line.Add((text, font, x));
            x += width + SpaceWidth(font);
        }
        if (line.Count > 0 || first) Emit();
    }

    /// <summary>
    /// A table. Column widths are shares of the text width; the header row repeats at the top of
    /// every page the table crosses, and a row moves whole to the next page rather than being cut.
    /// </summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> shares, IReadOnlyList<IReadOnlyList<string>> rows, double size = 8.5)
    {
        var widths = shares.Select(s => s * Width).ToArray();
        const double pad = 4;
        var lineHeight = size * 1.3;
        IReadOnlyList<IReadOnlyList<string>> Wrap(IReadOnlyList<string> cells, bool bold) =>
            [.. cells.Select((c, i) => (IReadOnlyList<string>)WrapCell(_fonts.Drawable(c), Font(size, bold), widths[i] - (2 * pad)))];
        double HeightOf(IReadOnlyList<IReadOnlyList<string>> lines) => (lines.Max(l => Math.Max(1, l.Count)) * lineHeight) + (2 * pad);

        var header = Wrap(headers, true);
        var headerHeight = HeightOf(header);
        void DrawRow(IReadOnlyList<IReadOnlyList<string>> cells, double height, bool isHeader)
        {
            var x = Left;
            for (var i = 0; i < cells.Count; i++)
            {
                Gfx.DrawRectangle(XPens.Gray, isHeader ? XBrushes.LightGray : XBrushes.White, x, Y, widths[i], height);
                var y = Y + pad;
                foreach (var text in cells[i])
                {
                    Gfx.DrawString(text, Font(size, isHeader), XBrushes.Black, x + pad, y, XStringFormats.TopLeft);
                    y += lineHeight;
                }
                x += widths[i];
            }
            Y += height;
        }

        if (Y + headerHeight + lineHeight + (2 * pad) > Bottom) NewPage();
        DrawRow(header, headerHeight, true);
        foreach (var row in rows)
        {
            var cells = Wrap(row, false);
            var height = HeightOf(cells);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawRow(header, headerHeight, true);
            }
            DrawRow(cells, height, false);
        }
    }

    /// <summary>Key figures side by side in framed boxes: the value large, its label below.</summary>
    public void Figures(IReadOnlyList<(string Label, string Value)> figures, XBrush accent)
    {
        const double height = 58;
        if (Y + height > Bottom) NewPage();
        var width = Width / Math.Max(1, figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            var x = Left + (i * width);
            Gfx.DrawRectangle(XPens.LightGray, x + 2, Y, width - 4, height);
            Gfx.DrawString(_fonts.Drawable(figures[i].Value), Font(15, bold: true), accent, new XRect(x + 2, Y + 8, width - 4, 20), XStringFormats.TopCenter);
            var label = WrapCell(_fonts.Drawable(figures[i].Label), Font(7.5), width - 10);
            for (var l = 0; l < Math.Min(2, label.Count); l++)
            {
                Gfx.DrawString(label[l], Font(7.5), XBrushes.Gray, new XRect(x + 2, Y + 32 + (l * 10), width - 4, 10), XStringFormats.TopCenter);
            }
        }
        Y += height + 8;
    }

    /// <summary>A horizontal bar chart: label, a bar to scale against <paramref name="max"/>, and the value written after it.</summary>
    public void BarChart(string title, IReadOnlyList<(string Label, double Value, string Display)> bars, double max, XBrush accent)
    {
        const double barHeight = 14, gap = 5;
        var height = 20 + (bars.Count * (barHeight + gap));
        if (Y + height > Bottom) NewPage();
        Gfx.DrawString(_fonts.Drawable(title), Font(9.5, bold: true), XBrushes.Black, Left, Y, XStringFormats.TopLeft);
        Y += 18;
        var labelWidth = Width * 0.32;
        var barSpace = Width - labelWidth - 60;
        foreach (var (label, value, display) in bars)
        {
            var text = WrapCell(_fonts.Drawable(label), Font(8), labelWidth - 6)[0];
            Gfx.DrawString(text, Font(8), XBrushes.Black, Left, Y + 2, XStringFormats.TopLeft);
            var length = max <= 0 ? 0 : Math.Clamp(value / max, 0, 1) * barSpace;
            Gfx.DrawRectangle(XPens.LightGray, Left + labelWidth, Y, barSpace, barHeight);
            if (length > 0) Gfx.DrawRectangle(accent, Left + labelWidth, Y, length, barHeight);
            Gfx.DrawString(_fonts.Drawable(display), Font(8, bold: true), XBrushes.Black, Left + labelWidth + barSpace + 6, Y + 2, XStringFormats.TopLeft);
            Y += barHeight + gap;
        }
        Y += 6;
    }

    /// <summary>« Page x / y » and the generation date on every page, once the count is known.</summary>
    public void Footers(DateTime generatedAtParis, string label)
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = Document.PageCount;
        var font = Font(8);
        var date = generatedAtParis.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var page = Document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin;
            gfx.DrawLine(XPens.LightGray, Margin, y - 6, page.Width.Point - Margin, y - 6);
            var number = $"Page {i + 1} / {count}";
            // The label gives way to the page number: cut with « … » rather than overlap it.
            var room = page.Width.Point - (2 * Margin) - gfx.MeasureString(number, font).Width - 12;
            var text = _fonts.Drawable($"{label} — généré le {date}");
            if (gfx.MeasureString(text, font).Width > room)
            {
                var suffix = $"… — généré le {date}";
                var head = _fonts.Drawable(label);
                while (head.Length > 0 && gfx.MeasureString(head + suffix, font).Width > room) head = head[..^1];
                text = head.TrimEnd() + suffix;
            }
            gfx.DrawString(text, font, XBrushes.Gray, Margin, y, XStringFormats.TopLeft);
            gfx.DrawString(number, font, XBrushes.Gray, page.Width.Point - Margin, y, XStringFormats.TopRight);
        }
    }

    public byte[] Save()
    {
        _gfx?.Dispose();
        _gfx = null;
        using var stream = new MemoryStream();
        Document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        Document.Dispose();
    }

    /// <summary>Opens a drawing surface on an existing page (for pages inserted afterwards, such as a table of contents).</summary>
    public static void DrawOn(PdfPage page, Action<XGraphics> draw)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        draw(gfx);
    }

    private readonly Dictionary<XFont, double> _spaceWidths = [];

    private double SpaceWidth(XFont font)
    {
        if (!_spaceWidths.TryGetValue(font, out var width)) _spaceWidths[font] = width = Gfx.MeasureString(" ", font).Width;
        return width;
    }

    /// <summary>The word with its width, measured once; a word wider than the column (a long URL…) is broken rather than overflowing.</summary>
    private IEnumerable<(string Text, double Width)> Fit(string word, XFont font, double maxWidth)
    {
        var whole = Gfx.MeasureString(word, font).Width;
        if (whole <= maxWidth)
        {
            yield return (word, whole);
            yield break;
        }
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (Gfx.MeasureString(word[start..end], font).Width > maxWidth && end - start > 1)
            {
                var piece = word[start..(end - 1)];
                yield return (piece, Gfx.MeasureString(piece, font).Width);
                start = end - 1;
            }
        }
        yield return (word[start..], Gfx.MeasureString(word[start..], font).Width);
    }

    private List<string> WrapCell(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            // Each word measured once and the line's width summed, rather than the growing line measured again at every word.
            var line = new List<string>();
            double used = 0;
            foreach (var (word, wordWidth) in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Fit(w, font, width)))
            {
                var needed = line.Count == 0 ? wordWidth : used + SpaceWidth(font) + wordWidth;
                if (line.Count > 0 && needed > width)
                {
                    lines.Add(string.Join(' ', line));
                    line.Clear();
                    needed = wordWidth;
                }
                line.Add(word);
                used = needed;
            }
            lines.Add(string.Join(' ', line));
        }
        return lines;
    }
}
