using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>A form field as every console form writes it: its label, the input, and its error beside it (announced).</summary>
public static class FormHtml
{
    public static IHtmlContent Field(this ConsolePage page, string name, Label label, string? value, string type = "text",
        bool required = false, string? autocomplete = null, int? maxLength = null)
    {
        var id = IdOf(name);
        var error = page.ErrorOf(name);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"field\">");
        html.AppendHtml($"<label for=\"{id}\">").Append(page.T(label)).AppendHtml("</label>");
        html.AppendHtml($"<input id=\"{id}\" name=\"{Encode(name)}\" type=\"{type}\"");
        if (value is not null) html.AppendHtml(" value=\"").Append(value).AppendHtml("\"");
        if (required) html.AppendHtml(" required");
        if (autocomplete is not null) html.AppendHtml($" autocomplete=\"{autocomplete}\"");
        if (maxLength is not null) html.AppendHtml($" maxlength=\"{maxLength}\"");
        if (error is not null) html.AppendHtml($" aria-invalid=\"true\" aria-describedby=\"{id}-error\"");
        html.AppendHtml(">");
        html.AppendHtml(page.Error(name));
        html.AppendHtml("</div>");
        return html;
    }

    /// <summary>The error of a field, if any, with the id its input points to.</summary>
    public static IHtmlContent Error(this ConsolePage page, string name) =>
        page.ErrorOf(name) is { } error
            ? new HtmlContentBuilder().AppendHtml($"<span class=\"error\" id=\"{IdOf(name)}-error\">").Append(error).AppendHtml("</span>")
            : HtmlString.Empty;

    /// <summary>Whether a field has an error, as the attributes its input needs.</summary>
    public static IHtmlContent Invalid(this ConsolePage page, string name) =>
        page.ErrorOf(name) is null ? HtmlString.Empty : new HtmlString($" aria-invalid=\"true\" aria-describedby=\"{IdOf(name)}-error\"");

    public static string IdOf(string name) => "f-" + new string([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
