using LivingLibrary.Api.Reports;

namespace LivingLibrary.Api.Export;

/// <summary>A person's export as JSON (the whole document) or as a page they can read, in French, Dutch or English.</summary>
public static class ExportFormats
{
    public static readonly string[] Formats = ["json", "page"];
    public static readonly string[] Languages = ["fr", "nl", "en"];
    public const string Page = "text/html";

    public static Refusal? Check(string? format, string? language) =>
        new Fields()
            .Check("format", format is null || Formats.Contains(format), Says.OneOf(Formats))
            .Check("language", language is null || Languages.Contains(language), Says.OneOf(Languages))
            .Refusal();

    public static string LanguageOf(string? language) => language ?? Label.FallbackLanguage;

    public static async Task<IResult> WriteAsync(PersonalExport export, string? format, IQuerySession session)
    {
        if (format != "page") return Results.Json(export);
        var labels = await LabelsAsync(session);
        return HtmlPage.Result(time => HtmlPage.RenderAsync<ExportPage>(new Dictionary<string, object?>
        {
            [nameof(ExportPage.Export)] = export,
            [nameof(ExportPage.Labels)] = labels,
            [nameof(ExportPage.Time)] = time,
        }));
    }

    /// <summary>The names of the codes the page shows: skills, services, kinds of difficulty, languages.</summary>
    private static async Task<ReportLabels> LabelsAsync(IQuerySession session) =>
        new(null, null, await session.SkillCatalogueAsync(), await session.ServiceListAsync(), new Dictionary<Guid, IReadOnlyList<Question>>())
        {
        };
}
