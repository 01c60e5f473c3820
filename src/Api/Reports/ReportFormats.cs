namespace LivingLibrary.Api.Reports;

/// <summary>A report as JSON (what is hashed), as a zip of CSV tables, or as a printable page.</summary>
public static class ReportFormats
{
    public static readonly string[] Names = ["json", "csv", "printable"];

    /// <summary>What csv and printable are written as (the JSON is application/json).</summary>
    public const string Zip = "application/zip", Printable = "text/html";

    public static Refusal? Check(string? format) =>
        new Fields().Check("format", format is null || Names.Contains(format), Says.OneOf(Names)).Refusal();

    public static IResult Write(BuiltReport built, string? format, string? language, IssuedReport? issued)
    {
        var labels = ReportLabels.Of(built.Sources, built.Report);
        var name = issued is null ? "funder-report" : $"funder-report-{issued.Id:D}";
        return format switch
        {
            "csv" => Results.File(ReportCsv.Zip(built.Report, labels), Zip, $"{name}.zip"),
            "printable" => HtmlPage.Result(time => PrintableReport.RenderAsync(built.Report, labels, language ?? Label.FallbackLanguage,
                issued is null ? null : IssuedStamp.Of(issued), time)),
            _ => Results.Bytes(built.Json, "application/json"),
        };
    }
}
