namespace LivingLibrary.Api.Reports;

/// <summary>A report as JSON (what is hashed), as a zip of CSV tables, or as a printable page.</summary>
public static class ReportFormats
{
    public static readonly string[] Names = ["json", "csv", "printable"];

    public static Refusal? Check(string? format) =>
        new Fields().Check("format", format is null || Names.Contains(format), $"must be one of: {string.Join(", ", Names)}.").Refusal();

    public static IResult Write(BuiltReport built, string? format, string? language, IssuedReport? stamp) => format switch
    {
        _ => Results.Bytes(built.Json, "application/json"),
    };
}
