using CsvHelper;

namespace LivingLibrary.Api.Observatory;

/// <summary>
/// The observatory as JSON, or as one CSV table: its rows, then its totals, each line saying which it is; suppressed figures
/// read <c>suppressed</c>, figures a month does not show (where its cases stand) are empty.
/// </summary>
public static class ObservatoryCsv
{
    public const string ContentType = "text/csv";

    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static Refusal? Check(string? format) =>
        new Fields().Check("format", format is null or "json" or "csv", Says.OneOf(["json", "csv"])).Refusal();

    public static IResult Write(ObservatoryView view, string? format, ServiceList services)
    {
        if (format != "csv") return Results.Json(view);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options))
        {
            csv.WriteHeader("level", "service", "service_label", "difficulty", "difficulty_label", "month", "cases", "open", "resolved", "referred",
                "closed", "done_for_them", "done_together", "done_alone", "hours");
            void Line(string level, string service, string difficulty, string month, OutcomeFigures f) =>
                csv.WriteRecord([level, service, services.Find(service)?.Name.En ?? "", difficulty,
                    Difficulties.All.FirstOrDefault(d => d.Code == difficulty)?.Name.En ?? "", month,
                    .. new[] { f.Cases, f.Open, f.Resolved, f.Referred, f.Closed, f.DoneForThem, f.DoneTogether, f.DoneAlone, f.Hours }
                        .Select(x => x == Figure.None ? "" : x.ToString())]);
            foreach (var row in view.Rows) Line("row", row.Service, row.Difficulty, row.Month ?? "", row.Figures);
            foreach (var s in view.Services) Line("service", s.Code, "", "", s.Figures);
            foreach (var d in view.Difficulties) Line("difficulty", "", d.Code, "", d.Figures);
            foreach (var m in view.Months) Line("month", "", "", m.Code, m.Figures);
            Line("total", "", "", "", view.Total);
        }
        return Results.File(stream.ToArray(), $"{ContentType}; charset=utf-8", $"observatory-{view.From}-{view.To}.csv");
    }
}
