using System.Text;

namespace Parcours.Application.Common.Csv;

/// <summary>
/// RFC 4180 records as French spreadsheets write them: quoted fields may hold the separator,
/// doubled quotes and line breaks. Each record keeps the physical line it starts on, so that an
/// import can point at the line a coordinator sees in their editor.
/// </summary>
public static class CsvText
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 as Excel saves « CSV ».</summary>
    public static string DecodeSpreadsheet(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(span[Encoding.UTF8.Preamble.Length..]);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(span);
        }
    }

    /// <summary>The separator of the first line: « ; » from French Excel, « , » elsewhere.</summary>
    public static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Count(c => c == ';') >= first.Count(c => c == ',') ? ';' : ',';
    }

    public static IReadOnlyList<Record> Parse(string text, char separator)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }
        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new Record(recordLine, [.. fields]));
            }
            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && !fieldStarted && field.Length == 0) { quoted = true; fieldStarted = true; }
            else if (c == separator) EndField();
            else if (c == '\r') { }
            else if (c == '\n') { EndRecord(); line++; recordLine = line; }
            else { field.Append(c); fieldStarted = true; }
        }
        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            EndRecord();
        }
        return records;
    }

    /// <summary>One CSV line, quoting only what needs it; every cell neutralised against formula injection.</summary>
    public static string Line(IEnumerable<string?> values, char separator = ';') =>
        string.Join(separator, values.Select(v => Quote(Neutralise(v ?? ""), separator)));

    /// <summary>
    /// A cell that a spreadsheet would run as a formula (« =HYPERLINK(…) », « +… », « -… », « @… », or one
    /// starting with a tab or a carriage return) is prefixed with an apostrophe, as OWASP advises, so that
    /// Excel shows it as text. Plain numbers (« -3 », « +2,5 ») are left as they are.
    /// </summary>
    public static string Neutralise(string value)
    {
        if (value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return value;
        if (value[0] is '+' or '-' && decimal.TryParse(value.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return value;
        }
        return "'" + value;
    }

    private static string Quote(string value, char separator) =>
        value.AsSpan().IndexOfAny(['"', '\n', '\r', separator]) >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
}
