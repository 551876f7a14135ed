namespace Parcours.Web.Infrastructure;

/// <summary>What was added and removed between two texts, line by line (longest common subsequence).</summary>
public static class LineDiff
{
    public enum Kind { Same, Added, Removed }

    public sealed record Line(Kind Kind, string Text);

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        var a = before.ReplaceLineEndings("\n").Split('\n');
        var b = after.ReplaceLineEndings("\n").Split('\n');
        // Sections are at most 20,000 characters: a quadratic table over lines stays small.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { lines.Add(new Line(Kind.Same, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) lines.Add(new Line(Kind.Removed, a[x++]));
            else lines.Add(new Line(Kind.Added, b[y++]));
        }
        while (x < a.Length) lines.Add(new Line(Kind.Removed, a[x++]));
        while (y < b.Length) lines.Add(new Line(Kind.Added, b[y++]));
        return lines;
    }
}
