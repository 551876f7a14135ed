using System.Text;

namespace Parcours.Infrastructure.Documents.Pdf;

/// <summary>
/// The Markdown catalysts write in a roadmap section: paragraphs (blank line between), bullet lists
/// (« - », « * », « • », « 1. »), **bold**, *italic* or _italic_, and « # » titles shown bold.
/// Everything else — raw HTML, scripts included — is plain text: nothing is ever interpreted.
/// </summary>
internal static class MiniMarkdown
{
    public sealed record Run(string Text, bool Bold, bool Italic);

    public sealed record Block(IReadOnlyList<Run> Runs, string? Bullet);

    public static IReadOnlyList<Block> Parse(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new StringBuilder();
        void Flush()
        {
            if (paragraph.Length > 0) blocks.Add(new Block(Inline(paragraph.ToString()), null));
            paragraph.Clear();
        }
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal) || trimmed.StartsWith("• ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new Block(Inline(trimmed[2..]), "•"));
                continue;
            }
            var dot = trimmed.IndexOf(". ", StringComparison.Ordinal);
            if (dot is > 0 and <= 3 && trimmed[..dot].All(char.IsAsciiDigit))
            {
                Flush();
                blocks.Add(new Block(Inline(trimmed[(dot + 2)..]), trimmed[..(dot + 1)]));
                continue;
            }
            if (trimmed.StartsWith('#'))
            {
                Flush();
                blocks.Add(new Block([new Run(trimmed.TrimStart('#').Trim(), true, false)], null));
                continue;
            }
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(trimmed);
        }
        Flush();
        return blocks;
    }

    /// <summary>Splits a line into runs on ** (bold) and * or _ (italic) markers that open and close.</summary>
    private static List<Run> Inline(string text)
    {
        var runs = new List<Run>();
        var current = new StringBuilder();
        bool bold = false, italic = false;
        void Emit()
        {
            if (current.Length > 0) runs.Add(new Run(current.ToString(), bold, italic));
            current.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*' && (bold || text.IndexOf("**", i + 2, StringComparison.Ordinal) > 0))
            {
                Emit();
                bold = !bold;
                i++;
            }
            else if (text[i] is '*' or '_' && (italic || text.IndexOf(text[i], i + 1) > i + 1) && !(text[i] == '_' && i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                Emit();
                italic = !italic;
            }
            else
            {
                current.Append(text[i]);
            }
        }
        Emit();
        return runs;
    }
}
