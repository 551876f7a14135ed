using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// One form field as RGAA asks: a visible label tied to the field, an optional hint, and the error
/// message written beside the field and linked to it (<c>aria-describedby</c>, <c>aria-invalid</c>).
/// <c>&lt;champ for="Email" libelle="Adresse e-mail" type="email" /&gt;</c>
/// </summary>
[HtmlTargetElement("champ", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder enc) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("libelle")] public string Label { get; set; } = "";
    [HtmlAttributeName("aide")] public string? Hint { get; set; }
    /// <summary>text, email, password, date, number… « textarea », or « select » (with <see cref="Options"/>).</summary>
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    [HtmlAttributeName("obligatoire")] public bool Required { get; set; }
    [HtmlAttributeName("lignes")] public int Rows { get; set; } = 8;
    [HtmlAttributeName("autocomplete")] public string? AutoComplete { get; set; }
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }
    /// <summary>The id (and name) of the field, when it differs from the model expression's.</summary>
    [HtmlAttributeName("nom")] public string? Name { get; set; }

    /// <summary>The choices of a « select »: value and French label; an empty value is the « no choice » line.</summary>
    [HtmlAttributeName("options")] public IEnumerable<KeyValuePair<string, string>>? Options { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name ?? For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                TimeOnly t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => other?.ToString(),
            };
        var errors = entry?.ValidationState == ModelValidationState.Invalid ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var described = new List<string>();

        var html = new System.Text.StringBuilder();
        html.Append("<div class=\"champ").Append(errors.Count > 0 ? " champ--erreur" : "").Append("\">");
        html.Append("<label for=\"").Append(id).Append("\">").Append(enc.Encode(Label));
        if (Required) html.Append(" <span class=\"obligatoire\">(obligatoire)</span>");
        html.Append("</label>");
        if (!string.IsNullOrWhiteSpace(Hint))
        {
            html.Append("<p class=\"aide\" id=\"").Append(id).Append("-aide\">").Append(enc.Encode(Hint)).Append("</p>");
            described.Add(id + "-aide");
        }
        if (errors.Count > 0)
        {
            html.Append("<p class=\"erreur\" id=\"").Append(id).Append("-erreur\"><span class=\"sr-only\">Erreur : </span>")
                .Append(enc.Encode(string.Join(" ", errors))).Append("</p>");
            described.Add(id + "-erreur");
        }
        var common = new System.Text.StringBuilder();
        common.Append(" id=\"").Append(id).Append("\" name=\"").Append(enc.Encode(name)).Append('"');
        if (described.Count > 0) common.Append(" aria-describedby=\"").Append(string.Join(' ', described)).Append('"');
        if (errors.Count > 0) common.Append(" aria-invalid=\"true\"");
        if (Required) common.Append(" required");
        if (AutoComplete is not null) common.Append(" autocomplete=\"").Append(enc.Encode(AutoComplete)).Append('"');
        if (MaxLength is { } max) common.Append(" maxlength=\"").Append(max).Append('"');
        if (Type == "select")
        {
            html.Append("<select").Append(common).Append('>');
            foreach (var (optionValue, optionLabel) in Options ?? [])
            {
                html.Append("<option value=\"").Append(enc.Encode(optionValue)).Append('"');
                if (string.Equals(optionValue, value ?? "", StringComparison.Ordinal)) html.Append(" selected");
                html.Append('>').Append(enc.Encode(optionLabel)).Append("</option>");
            }
            html.Append("</select>");
        }
        else if (Type == "textarea")
        {
            html.Append("<textarea").Append(common).Append(" rows=\"").Append(Rows).Append("\">")
                .Append(enc.Encode(value ?? "")).Append("</textarea>");
        }
        else
        {
            html.Append("<input type=\"").Append(enc.Encode(Type)).Append('"').Append(common);
            if (Type != "password") html.Append(" value=\"").Append(enc.Encode(value ?? "")).Append('"');
            html.Append('>');
        }
        html.Append("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
