using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace Parcours.Infrastructure.Documents.Pdf;

/// <summary>
/// The one font family of our PDFs, « Parcours »: Debian's DejaVu Sans when installed (wide coverage:
/// accents, œ, « », €, Greek, Cyrillic), otherwise the Segoe WP fonts that ship inside the PDFsharp
/// package — so the run command needs nothing installed. Fonts are embedded in every PDF.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "Parcours";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/";
    private static readonly Lock Gate = new();
    private static PdfFonts? _installed;

    private readonly Dictionary<string, byte[]> _faces;
    private readonly HashSet<int> _covered;

    private PdfFonts()
    {
        byte[]? Read(string file) => File.Exists(DejaVu + file) ? File.ReadAllBytes(DejaVu + file) : null;
        var regular = Read("DejaVuSans.ttf");
        if (regular is not null)
        {
            _faces = new()
            {
                ["regular"] = regular,
                ["bold"] = Read("DejaVuSans-Bold.ttf") ?? regular,
                ["italic"] = Read("DejaVuSans-Oblique.ttf") ?? regular,
                ["bolditalic"] = Read("DejaVuSans-BoldOblique.ttf") ?? Read("DejaVuSans-Bold.ttf") ?? regular,
            };
            Source = "DejaVu Sans";
        }
        else
        {
            var wp = PdfSharp.WPFonts.FontDataHelper.SegoeWP;
            var wpBold = PdfSharp.WPFonts.FontDataHelper.SegoeWPBold;
            _faces = new() { ["regular"] = wp, ["bold"] = wpBold, ["italic"] = wp, ["bolditalic"] = wpBold };
            Source = "Segoe WP (PDFsharp)";
        }
        // What the regular and bold faces can both draw; anything else is replaced visibly.
        _covered = Cmap.CodePoints(_faces["regular"]);
        _covered.IntersectWith(Cmap.CodePoints(_faces["bold"]));
    }

    public string Source { get; }

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static PdfFonts Install()
    {
        lock (Gate)
        {
            if (_installed is null)
            {
                _installed = new PdfFonts();
                GlobalFontSettings.FontResolver = _installed;
            }
            return _installed;
        }
    }

    /// <summary>The text with every character the font cannot draw replaced by « ? », so nothing vanishes silently.</summary>
    public string Drawable(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\t') builder.Append(' ');
            else if (System.Text.Rune.IsControl(rune)) continue;
            else builder.Append(_covered.Contains(rune.Value) ? rune.ToString() : "?");
        }
        return builder.ToString();
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch { (true, true) => "bolditalic", (true, false) => "bold", (false, true) => "italic", _ => "regular" });

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);

    /// <summary>Reads the Unicode code points a TrueType font maps (cmap formats 4 and 12).</summary>
    private static class Cmap
    {
        public static HashSet<int> CodePoints(byte[] font)
        {
            var result = new HashSet<int>();
            var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
            var cmap = -1;
            for (var i = 0; i < tables; i++)
            {
                var record = 12 + (16 * i);
                if (font.AsSpan(record, 4).SequenceEqual("cmap"u8)) cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            }
            if (cmap < 0) return result;
            var subtables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
            for (var i = 0; i < subtables; i++)
            {
                var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(cmap + 4 + (8 * i) + 4));
                var format = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset));
                if (format == 4) Format4(font, offset, result);
                else if (format == 12) Format12(font, offset, result);
            }
            return result;
        }

        private static void Format4(byte[] font, int offset, HashSet<int> result)
        {
            var segments = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 6)) / 2;
            var ends = offset + 14;
            var starts = ends + (2 * segments) + 2;
            var deltas = starts + (2 * segments);
            var ranges = deltas + (2 * segments);
            for (var s = 0; s < segments; s++)
            {
                int end = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(ends + (2 * s)));
                int start = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(starts + (2 * s)));
                var delta = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(deltas + (2 * s)));
                var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(ranges + (2 * s)));
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                    else
                    {
                        var at = ranges + (2 * s) + rangeOffset + (2 * (c - start));
                        glyph = at + 1 < font.Length ? BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at)) : 0;
                        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                    }
                    if (glyph != 0) result.Add(c);
                }
            }
        }

        private static void Format12(byte[] font, int offset, HashSet<int> result)
        {
            var groups = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offset + 12));
            for (var g = 0; g < groups; g++)
            {
                var at = offset + 16 + (12 * g);
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at));
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at + 4));
                for (var c = start; c <= end && c - start < 0x10000; c++) result.Add(c);
            }
        }
    }
}
