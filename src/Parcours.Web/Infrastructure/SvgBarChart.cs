using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: no script, no library, readable at 320 px.
/// It is an image with a title; the same figures are always given in a table beneath it, which is
/// what screen readers and people who prefer numbers read.
/// </summary>
public static class SvgBarChart
{
    public sealed record Bar(string Label, double Value, string Shown);

    private const int LabelWidth = 260, BarWidth = 300, Row = 28, ValueWidth = 80;

    public static IHtmlContent Render(string id, string title, IReadOnlyList<Bar> bars, double? max = null)
    {
        var enc = HtmlEncoder.Default;
        var top = max ?? Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * Row + 8;
        var width = LabelWidth + BarWidth + ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"graphique\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-titre\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titre\">{enc.Encode(title)} (les chiffres sont dans le tableau qui suit)</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * Row;
            var length = top <= 0 ? 0 : Math.Round(bar.Value / top * BarWidth, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" class=\"graphique__libelle\">{enc.Encode(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarWidth}\" height=\"{Row - 10}\" class=\"graphique__fond\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length}\" height=\"{Row - 10}\" class=\"graphique__barre\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 18}\" class=\"graphique__valeur\">{enc.Encode(bar.Shown)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length <= 34 ? label : label[..33] + "…";
}
