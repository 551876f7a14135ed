using System.Globalization;
using System.Text;

namespace Parcours.Domain.Common;

/// <summary>
/// Text as a search compares it: lower case, without accents, words separated by one space. Stored folded
/// beside what people typed, it lets « égalité » find « Egalite » the same way on SQLite and on PostgreSQL,
/// whose collations disagree.
/// </summary>
public static class Searchable
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The words of a query, folded: each must appear in the folded text.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToList();
}
