using Microsoft.AspNetCore.Html;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>A figure about people as the console shows it: its value, or the words "fewer than 3 people" when suppressed, never 0.</summary>
public static class FigureHtml
{
    public static IHtmlContent Shown(this ConsolePage page, Figure? figure, int decimals = 0) =>
        page.Shown(figure, v => page.Written.Number(v, decimals, fixedDecimals: true));

    public static IHtmlContent Percent(this ConsolePage page, Figure? figure) =>
        page.Shown(figure, v => page.Written.Percent(v));

    public static IHtmlContent Shown(this ConsolePage page, Figure? figure, Func<double, string> format) =>
        figure switch
        {
            { Suppressed: true } => new HtmlContentBuilder().AppendHtml("<span class=\"suppressed\">").Append(page.T(Words.FewerThanThree)).AppendHtml("</span>"),
            { Value: { } value } => new HtmlContentBuilder().Append(format(value)),
            _ => new HtmlContentBuilder().Append(page.T(Words.NoFigure)),
        };
}
