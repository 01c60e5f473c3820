using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Alba;
using LivingLibrary.Api.Demo;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Reports;
using UglyToad.PdfPig;

namespace LivingLibrary.Api.Tests.Reports;

/// <summary>The demo group's report through the API as a CSV zip and as a printable page, printed by Chromium and read back.</summary>
[Collection(CasesCollection.Name)]
public sealed partial class ReportFormatTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Query = "from=2026-09-01&to=2027-06-30";

    [Fact]
    public async Task The_issued_demo_report_prints_with_its_headline_figures_charts_and_hash()
    {
        await DemoData.LoadAsync(Store);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var amina = Token(DemoData.FacilitatorId, DemoData.Organisation, "facilitator");
        var report = await Host.CreateAsync(amina, "/api/reports", new IssueFunderReport(DemoData.GroupId, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), null));
        var issued = await Host.GetAsync<IssuedReport>(amina, $"/api/reports/{report}");

        var page = await Send(amina, s =>
        {
            s.Get.Url($"/api/reports/{report}/content?format=printable&language=fr");
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = Artifacts.PathOf("demo-report-fr.html");
        await File.WriteAllTextAsync(html, await page.ReadAsTextAsync(), new UTF8Encoding(false));
        Chromium.PrintToPdf(html, Artifacts.PathOf("demo-report-fr.pdf"));

        using var pdf = PdfDocument.Open(Artifacts.PathOf("demo-report-fr.pdf"));
        var text = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
        foreach (var expected in new[] { "Atelier du mardi", "12 participant·es ont pris part", "Personnes qui ont répondu : 10",
                     "Évaluation de fin de projet — auto-évaluation", "Trop peu de cas pour les montrer par service", "Qu'on peut demander de l'aide sans avoir honte.", issued.Sha256 })
            text.ShouldContain(Flat(expected));
        text.ShouldNotContain(Flat("Faire un appel vidéo avec ma fille")); // a named answer's own words
    }

    [Fact]
    public async Task The_csv_zip_has_one_table_a_file_and_the_same_bytes_every_time()
    {
        await DemoData.LoadAsync(Store);
        await EventsRecordedEarlier(TimeSpan.FromMinutes(10));
        var coordinator = Token(DemoData.CoordinatorId, DemoData.Organisation, "coordinator");
        var cutOff = DateTimeOffset.UtcNow.AddMinutes(-5);
        var url = $"/api/reports/funder?{Query}&cutOff={cutOff.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z&format=csv";

        var first = await Bytes(coordinator, url);
        var second = await Bytes(coordinator, url);

        second.ShouldBe(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Select(e => e.Name).ShouldContain("campaigns.csv");
        zip.Entries.Select(e => e.Name).ShouldContain("cases-by-service.csv");
        using var reader = new StreamReader(zip.GetEntry("participants.csv")!.Open());
        var participants = await reader.ReadToEndAsync();
        participants.ShouldContain("took-part");
        participants.ShouldNotContain("Samira");
    }

    private async Task<byte[]> Bytes(string token, string url)
    {
        var result = await Send(token, s =>
        {
            s.Get.Url(url);
            s.ContentTypeShouldBe("application/zip");
        });
        using var memory = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(memory);
        return memory.ToArray();
    }

    private static string Flat(string text) => Spacing().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
