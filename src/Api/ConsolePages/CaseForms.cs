using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What the case, desk and knowledge forms need besides <see cref="FormValues"/> and <see cref="FormHtml"/>: choices
/// named as the API names them (camelCase), steps one per line, ids, and the textarea and select of a field.
/// </summary>
public static class CaseForms
{
    /// <summary>A choice as the API spells it: "doneTogether", "onSite".</summary>
    public static string ChoiceValue<T>(T value) where T : struct, Enum => Choices.Name(value);

    /// <summary>A choice posted, read as the API reads one (<see cref="Choices.Read{T}"/>): the decision refuses a value that names no choice.</summary>
    public static T? Choice<T>(this HttpRequest request, string name) where T : struct, Enum => Choices.Read<T>(request.Text(name));

    /// <summary>Lines of a textarea, trimmed, the blank ones dropped; absent when there are none.</summary>
    public static IReadOnlyList<string>? Lines(this HttpRequest request, string name) =>
        request.Text(name) is { } text && text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList() is { Count: > 0 } lines ? lines : null;

    public static int? Number(this HttpRequest request, string name) => int.TryParse(request.Text(name), out var n) ? n : null;

    public static Guid? Id(this HttpRequest request, string name) => Guid.TryParse(request.Text(name), out var id) ? id : null;

    public static IHtmlContent AreaField(this ConsolePage page, string name, Label label, string? value, bool required = false,
        int? maxLength = null, int rows = 3)
    {
        var id = FormHtml.IdOf(name);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"field\">");
        html.AppendHtml($"<label for=\"{id}\">").Append(page.T(label)).AppendHtml("</label>");
        html.AppendHtml($"<textarea id=\"{id}\" name=\"{Encode(name)}\" rows=\"{rows}\"");
        if (required) html.AppendHtml(" required");
        if (maxLength is not null) html.AppendHtml($" maxlength=\"{maxLength}\"");
        html.AppendHtml(page.Invalid(name));
        html.AppendHtml(">").Append(value ?? "").AppendHtml("</textarea>");
        html.AppendHtml(page.Error(name));
        html.AppendHtml("</div>");
        return html;
    }

    /// <summary>A list field of (value, text) options, as <see cref="ChoiceHtml.Select"/> writes it.</summary>
    public static IHtmlContent SelectField(this ConsolePage page, string name, Label label, IEnumerable<(string Value, string Text)> options,
        string? selected, bool required = false, Label? blank = null) =>
        page.Select(name, label, options.Select(o => new Choice(o.Value, o.Text)), selected, required, blank);

    /// <summary>The options of a choice, in the person's language.</summary>
    public static IEnumerable<(string Value, string Text)> Options<T>(this ConsolePage page, Func<T, Label> name) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (ChoiceValue(v), page.T(name(v))));

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
