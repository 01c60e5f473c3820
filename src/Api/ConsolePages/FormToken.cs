using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// Every form the console posts carries a one-time token, made when the page is written: the command's Idempotency-Key
/// (docs/adr/0022). The same form sent again (a double click, the browser's back then send, a retry) is answered with
/// what the first sending recorded, never a second record.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormToken : TagHelper
{
    public const string Field = "once";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)) return;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{Field}\" value=\"{Guid.NewGuid():N}\">");
    }
}
