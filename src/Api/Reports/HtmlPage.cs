using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace LivingLibrary.Api.Reports;

/// <summary>A table cell: its text, whether it is a number (aligned right), whether it stands for a suppressed figure.</summary>
public sealed record Cell(string Text, bool Number = false, bool Suppressed = false)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// A page written by a Razor component (the printable report, a person's export) as one self-contained string. Razor
/// encodes every text; only <see cref="MarkupString"/> is written as given (the style sheet and ScottPlot's SVG).
/// </summary>
public static class HtmlPage
{
    // Letters of every language stay as they are (the page is UTF-8); only what HTML gives a meaning is encoded.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>A page as an answer, written in the organisation's time zone (<see cref="OrganisationTime"/>) when it is sent.</summary>
    public static IResult Result(Func<OrganisationTime, Task<string>> render) => new Sent(render);

    private sealed class Sent(Func<OrganisationTime, Task<string>> render) : IResult
    {
        public async Task ExecuteAsync(HttpContext context) =>
            await Results.Text(await render(context.RequestServices.GetRequiredService<OrganisationTime>()), "text/html; charset=utf-8")
                .ExecuteAsync(context);
    }

    public static async Task<string> RenderAsync<TPage>(IDictionary<string, object?> parameters) where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
