using System.IO.Compression;
using CsvHelper;
using LivingLibrary.Api.Reports;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>The report's tables as a funder's spreadsheet reads them back.</summary>
public sealed class ReportCsvTests
{
    private static readonly string[] Entries =
    [
        "report.csv", "participants.csv", "languages.csv", "activity.csv", "pairings.csv", "cases.csv", "cases-by-service.csv",
        "cases-by-difficulty.csv", "loans.csv", "progress.csv", "progress-people.csv", "campaigns.csv", "evaluations.csv", "evaluation-answers.csv", "quotes.csv",
    ];

    [Fact]
    public void The_same_report_zips_to_the_same_bytes()
    {
        var first = ReportCsv.Zip(LiegeReport.Report, LiegeReport.Labels);
        ReportCsv.Zip(LiegeReport.Report with { Quotes = ["autre chose"] }, LiegeReport.Labels);
        var second = ReportCsv.Zip(LiegeReport.Report, LiegeReport.Labels);

        second.ShouldBe(first);
    }

    [Fact]
    public void One_table_per_file_in_a_fixed_order_dated_by_the_cut_off_each_UTF8_with_a_header()
    {
        using var zip = new ZipArchive(new MemoryStream(ReportCsv.Zip(LiegeReport.Report, LiegeReport.Labels)));

        zip.Entries.Select(e => e.FullName).ShouldBe(Entries);
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.DateTime == LiegeReport.CutOff.UtcDateTime);
        foreach (var entry in zip.Entries)
        {
            using var bytes = new MemoryStream();
            entry.Open().CopyTo(bytes);
            bytes.ToArray().Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, entry.FullName);
            Table(zip, entry.FullName).Header.ShouldNotBeEmpty(entry.FullName);
        }
    }

    [Fact]
    public void Suppressed_cells_read_suppressed_and_codes_have_their_English_names()
    {
        using var zip = new ZipArchive(new MemoryStream(ReportCsv.Zip(LiegeReport.Report, LiegeReport.Labels)));

        var participants = Table(zip, "participants.csv");
        participants.Header.ShouldBe(["figure", "label", "people"]);
        participants.Rows.Single(r => r[0] == "left")[2].ShouldBe("suppressed");
        participants.Rows.Single(r => r[0] == "took-part")[2].ShouldBe("12");

        var difficulties = Table(zip, "cases-by-difficulty.csv");
        difficulties.Header.ShouldBe(["difficulty", "label", "cases"]);
        difficulties.Rows.Select(r => (r[0], r[2])).ShouldBe(LiegeReport.Report.Cases.ByDifficulty.Select(d => (d.Code, d.Count.ToString())));
        difficulties.Rows.Single(r => r[0] == "login-and-identity")[1].ShouldBe("Logging in and identity");
        difficulties.Rows.Count(r => r[2] == "suppressed").ShouldBe(4);

        Table(zip, "cases-by-service.csv").Rows.Single(r => r[0] == "health-insurance").ShouldBe(["health-insurance", "Health insurance fund", "suppressed"]);
        var progress = Table(zip, "progress.csv");
        progress.Rows.Single(r => r[0] == "4.2")[..5].ShouldBe(["4.2", "Protecting personal data and privacy", "5", "suppressed", "suppressed"]);
        progress.Header.ShouldContain("intake_highly_specialised");
        var answers = Table(zip, "evaluation-answers.csv");
        answers.Rows.First(r => r[1] == "can:pay-bill-online").ShouldBe([LiegeReport.MidProject.ToString(), "can:pay-bill-online", "1", "0", "Not yet", "3"]);
        Table(zip, "evaluations.csv").Rows.First(r => r[1] == "can:pay-bill-online")[5].ShouldBe("I can pay a bill online");
    }

    [Fact]
    public void A_suppressed_figure_is_never_written_as_zero_or_left_empty()
    {
        var h = Figure.Hidden;
        var report = LiegeReport.Report with
        {
            Participants = new(h, h, h, h, [new("fr", h)]),
            Pairings = new(h, h, h),
            Cases = new(h, h, h, [new("bank", h)], [new("paying", h)]),
            Loans = new(h, h, h, [new(LivingLibrary.Domain.Loans.DeviceKind.Laptop, h, h, h)]),
        };
        using var zip = new ZipArchive(new MemoryStream(ReportCsv.Zip(report, LiegeReport.Labels)));

        foreach (var name in new[] { "participants.csv", "languages.csv", "pairings.csv", "cases.csv", "cases-by-service.csv", "cases-by-difficulty.csv", "loans.csv" })
            Table(zip, name).Rows.Select(r => r.Last()).ShouldAllBe(cell => cell == "suppressed", name);
    }

    [Fact]
    public void Quotes_keep_their_commas_quotes_and_lines_and_cannot_start_a_formula()
    {
        string[] quotes = ["Elle a dit \"bravo\", et j'ai ri.", "Première ligne,\nseconde ligne", "=HYPERLINK(\"http://x\")"];
        using var zip = new ZipArchive(new MemoryStream(ReportCsv.Zip(LiegeReport.Report with { Quotes = quotes }, LiegeReport.Labels)));

        Table(zip, "quotes.csv").Rows.Select(r => r.Single()).ShouldBe([quotes[0], quotes[1], "'" + quotes[2]]);
    }

    private static (string[] Header, List<string[]> Rows) Table(ZipArchive zip, string name)
    {
        using var text = new StreamReader(zip.GetEntry(name)!.Open(), detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.FromText(text.ReadToEnd());
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        return (header, rows);
    }
}
