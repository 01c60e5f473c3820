using Microsoft.AspNetCore.Html;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>One choice of a list: what is sent, what is read, and the heading it is under (an optgroup), if any.</summary>
public sealed record Choice(string Value, string Text, string? Group = null);

/// <summary>Lists to choose from, written as <see cref="FormHtml"/> writes a field: label, control, error beside it.</summary>
public static class ChoiceHtml
{
    /// <summary>A drop-down list, its first entry "choose" (sent blank).</summary>
    public static IHtmlContent Select(this ConsolePage page, string name, Label label, IEnumerable<Choice> choices, string? selected,
        bool required = false, Label? blank = null)
    {
        var id = FormHtml.IdOf(name);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"field\">");
        html.AppendHtml($"<label for=\"{id}\">").Append(page.T(label)).AppendHtml("</label>");
        html.AppendHtml($"<select id=\"{id}\" name=\"").Append(name).AppendHtml("\"");
        if (required) html.AppendHtml(" required");
        html.AppendHtml(page.Invalid(name)).AppendHtml(">");
        html.AppendHtml("<option value=\"\">").Append(page.T(blank ?? Words.ChooseOne)).AppendHtml("</option>");
        foreach (var group in choices.GroupBy(c => c.Group))
        {
            if (group.Key is not null) html.AppendHtml("<optgroup label=\"").Append(group.Key).AppendHtml("\">");
            foreach (var choice in group)
            {
                html.AppendHtml("<option value=\"").Append(choice.Value).AppendHtml("\"");
                if (choice.Value == selected) html.AppendHtml(" selected");
                html.AppendHtml(">").Append(choice.Text).AppendHtml("</option>");
            }
            if (group.Key is not null) html.AppendHtml("</optgroup>");
        }
        html.AppendHtml("</select>").AppendHtml(page.Error(name)).AppendHtml("</div>");
        return html;
    }

    /// <summary>Radio buttons in a fieldset whose legend is the question; each input has the id <c>f-name-value</c>.</summary>
    public static IHtmlContent Radios(this ConsolePage page, string name, Label legend, IEnumerable<Choice> choices, string? selected)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<fieldset").AppendHtml(page.Invalid(name)).AppendHtml("><legend>").Append(page.T(legend)).AppendHtml("</legend>");
        foreach (var choice in choices)
        {
            html.AppendHtml($"<label><input type=\"radio\" id=\"{FormHtml.IdOf(name + "-" + choice.Value)}\" name=\"").Append(name)
                .AppendHtml("\" value=\"").Append(choice.Value).AppendHtml("\"");
            if (choice.Value == selected) html.AppendHtml(" checked");
            html.AppendHtml("> ").Append(choice.Text).AppendHtml("</label> ");
        }
        html.AppendHtml(page.Error(name)).AppendHtml("</fieldset>");
        return html;
    }

    /// <summary>An enum's value as the API's JSON writes it (camelCase), which is what forms send.</summary>
    public static string Code<T>(T value) where T : struct, Enum => Choices.Name(value);
}
