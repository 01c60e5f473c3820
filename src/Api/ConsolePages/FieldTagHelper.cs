using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>One choice of a list: what is sent, what is read, and the heading it is under (an optgroup), if any.</summary>
public sealed record Choice(string Value, string Text, string? Group = null);

/// <summary>
/// A form field as every console form writes it: its label, the control, and its error beside it (announced). An input
/// (<c>&lt;field name="opensOn" label="Words.CampaignOpensOn" value="…" type="date" required="true" /&gt;</c>), a text
/// area (<c>type="textarea"</c>), or one choice of a list (<c>choices="…"</c>): a drop-down whose first entry, sent
/// blank, says <see cref="Blank"/>, or radio buttons (<c>radios="true"</c>) in a fieldset whose legend is the label.
/// What a list posts is read back by <see cref="FormValues.Choice{T}"/>, as the API reads a choice.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>What the form posts the field as; its id is <see cref="FieldHtml.IdOf"/> it.</summary>
    public string Name { get; set; } = "";

    public Word Label { get; set; } = default!;

    /// <summary>What the field shows: the text typed, or the choice made.</summary>
    public string? Value { get; set; }

    /// <summary>An input's type, or <c>textarea</c>.</summary>
    public string Type { get; set; } = "text";

    public bool Required { get; set; }

    public string? Autocomplete { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>A text area's height.</summary>
    public int Rows { get; set; } = 3;

    public IEnumerable<Choice>? Choices { get; set; }

    /// <summary>What a drop-down's blank entry says ("choose one" unless set).</summary>
    public Word? Blank { get; set; }

    public bool Radios { get; set; }

    /// <summary>Radio buttons one under the other, for long answers.</summary>
    public bool Block { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var page = (ConsolePage)ViewContext.ViewData.Model!;
        var id = FieldHtml.IdOf(Name);
        var html = new HtmlContentBuilder();
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Radios)
        {
            output.TagName = "fieldset";
            if (page.ErrorOf(Name) is not null) Described(output, id);
            html.AppendHtml("<legend>").Append(page.T(Label)).AppendHtml("</legend>");
            foreach (var choice in Choices ?? [])
            {
                html.AppendHtml(Block ? "<label class=\"block\">" : "<label>")
                    .AppendHtml($"<input type=\"radio\" id=\"{FieldHtml.IdOf(Name + "-" + choice.Value)}\" name=\"").Append(Name)
                    .AppendHtml("\" value=\"").Append(choice.Value).AppendHtml(choice.Value == Value ? "\" checked> " : "\"> ")
                    .Append(choice.Text).AppendHtml("</label> ");
            }
        }
        else
        {
            output.TagName = "div";
            output.Attributes.SetAttribute("class", "field");
            html.AppendHtml($"<label for=\"{id}\">").Append(page.T(Label)).AppendHtml("</label>");
            var control = Choices is not null ? "select" : Type == "textarea" ? "textarea" : "input";
            html.AppendHtml($"<{control} id=\"{id}\" name=\"").Append(Name).AppendHtml("\"");
            if (control == "input") html.AppendHtml($" type=\"{Type}\"");
            if (control == "input" && Value is not null) html.AppendHtml(" value=\"").Append(Value).AppendHtml("\"");
            if (control == "textarea") html.AppendHtml($" rows=\"{Rows}\"");
            if (Required) html.AppendHtml(" required");
            if (Autocomplete is not null) html.AppendHtml(" autocomplete=\"").Append(Autocomplete).AppendHtml("\"");
            if (MaxLength is not null) html.AppendHtml($" maxlength=\"{MaxLength}\"");
            html.AppendHtml(page.Invalid(Name));
            html.AppendHtml(">");
            if (control == "textarea") html.Append(Value ?? "").AppendHtml("</textarea>");
            if (control == "select") Options(html, page);
        }
        html.AppendHtml(page.Error(Name));
        output.Content.SetHtmlContent(html);
    }

    private void Options(HtmlContentBuilder html, ConsolePage page)
    {
        html.AppendHtml("<option value=\"\">").Append(page.T(Blank ?? Words.ChooseOne)).AppendHtml("</option>");
        foreach (var group in Choices!.GroupBy(c => c.Group))
        {
            if (group.Key is not null) html.AppendHtml("<optgroup label=\"").Append(group.Key).AppendHtml("\">");
            foreach (var choice in group)
                html.AppendHtml("<option value=\"").Append(choice.Value).AppendHtml(choice.Value == Value ? "\" selected>" : "\">")
                    .Append(choice.Text).AppendHtml("</option>");
            if (group.Key is not null) html.AppendHtml("</optgroup>");
        }
        html.AppendHtml("</select>");
    }

    private static void Described(TagHelperOutput output, string id)
    {
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", $"{id}-error");
    }
}

/// <summary>What the field tag helper and the few fieldsets written by hand (lists of several choices, grids) share.</summary>
public static class FieldHtml
{
    /// <summary>The error of a field, if any, with the id its control points to.</summary>
    public static IHtmlContent Error(this ConsolePage page, string name) =>
        page.ErrorOf(name) is { } error
            ? new HtmlContentBuilder().AppendHtml($"<span class=\"error\" id=\"{IdOf(name)}-error\">").Append(error).AppendHtml("</span>")
            : HtmlString.Empty;

    /// <summary>Whether a field has an error, as the attributes its control needs.</summary>
    public static IHtmlContent Invalid(this ConsolePage page, string name) =>
        page.ErrorOf(name) is null ? HtmlString.Empty : new HtmlString($" aria-invalid=\"true\" aria-describedby=\"{IdOf(name)}-error\"");

    public static string IdOf(string name) => "f-" + new string([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    /// <summary>The choices of an enum, sent as the API names them (camelCase), in the person's language.</summary>
    public static IEnumerable<Choice> Options<T>(this ConsolePage page, Func<T, Word> name) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new Choice(Domain.Choices.Name(v), page.T(name(v))));
}
