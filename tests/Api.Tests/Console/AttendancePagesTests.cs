using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;
using UglyToad.PdfPig;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>An occurrence's attendance taken on a phone in one post, the day its paper sheet was signed, and the sheet printed in Chromium.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class AttendancePagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateOnly November17 = new(2026, 11, 17);

    private Task<ConsoleClient> As(string userId, string organisation = OrgA) =>
        ConsoleClient.SignInAsync(Host, userId, organisation, Security.FacilitatorRole);

    [Fact]
    public async Task Every_participant_of_the_group_is_on_the_list_and_the_whole_list_is_recorded_in_one_post()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var activity = await Host.PlanAsync(Facilitator(CaseScene.Facilitator), scene.Group, ActivityScene.TuesdayWorkshop());
        var amina = await As(CaseScene.Facilitator);
        var page = $"/console/activities/{activity}/occurrences/2026-11-17/attendance";

        var shown = await amina.GetAsync(page);
        shown.Status.ShouldBe(HttpStatusCode.OK, shown.Text);
        shown.Document.QuerySelectorAll("#attendance-form legend").Select(l => l.TextContent.Trim()).ShouldBe(["Jean", "Samira"]);
        shown.Document.QuerySelectorAll("#attendance-form input[name='attendees[0].presence']").Select(i => i.GetAttribute("value")).ShouldBe(["present", "excused", "absent"]);
        shown.Document.QuerySelector("#sheet-link")!.GetAttribute("href").ShouldBe($"/console/activities/{activity}/occurrences/2026-11-17/sheet");

        var refused = await (await amina.FilledAsync(page, "#attendance-form", ("attendees[0].presence", "present"), ("attendees[0].arrived", "13:00")))();
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("attendees[0].arrived").ShouldNotBeNull();
        refused.ErrorOf("attendees[1].presence").ShouldNotBeNull();
        (await Stream(activity)).Count.ShouldBe(1);

        var sent = await (await amina.FilledAsync(page, "#attendance-form",
            ("attendees[0].presence", "excused"), ("attendees[1].presence", "present"), ("attendees[1].arrived", "14:20"), ("attendees[1].left", "")))();
        sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.Text);
        sent.Location.ShouldBe($"{page}?saved=true#message");
        var taken = (await Stream(activity)).Last().Data.ShouldBeOfType<AttendanceTaken>();
        taken.Attendees.ShouldBe([new Attendee(scene.Jean, Presence.Excused), new Attendee(scene.Samira, Presence.Present, new TimeOnly(14, 20))]);
        (await amina.GetAsync(page)).Document.QuerySelector("input[name='attendees[1].arrived']")!.GetAttribute("value").ShouldBe("14:20");

        var signed = await amina.SubmitAsync(page, "Signed", ("signedOn", "2026-11-18"));
        signed.Status.ShouldBe(HttpStatusCode.Redirect, signed.Text);
        (await Stream(activity)).Last().Data.ShouldBe(new AttendanceSheetSigned(activity, November17, new DateOnly(2026, 11, 18)));
    }

    [Fact]
    public async Task Another_groups_facilitator_finds_neither_the_list_nor_the_sheet()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var other = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var activity = await Host.PlanAsync(Coordinator(), other, ActivityScene.TuesdayWorkshop());
        var amina = await As(CaseScene.Facilitator);

        foreach (var page in new[] { "attendance", "sheet" })
            (await amina.GetAsync($"/console/activities/{activity}/occurrences/2026-11-17/{page}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await amina.GetAsync($"/console/activities/{activity}/occurrences/2026-11-18/sheet")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_attendance_sheet_prints_to_PDF_with_every_name_and_its_signature_lines_in_each_language()
    {
        if (Chromium.Find() is null) throw new InvalidOperationException("Chromium is not installed: scripts/chromium.sh installs it.");
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var activity = await Host.PlanAsync(Facilitator(CaseScene.Facilitator), scene.Group, ActivityScene.TuesdayWorkshop());
        var amina = await As(CaseScene.Facilitator);
        var css = (await amina.GetAsync("/console/console.css")).Html;
        css.ShouldContain("@media print");

        foreach (var (language, signature, facilitator, day) in new[]
                 {
                     ("fr", "Signature", "Signature de l'animateur·rice", "17 novembre 2026"),
                     ("nl", "Handtekening", "Handtekening van de begeleider", "17 november 2026"),
                     ("en", "Signature", "Facilitator's signature", "17 November 2026"),
                 })
        {
            var sheet = await amina.GetAsync($"/console/activities/{activity}/occurrences/2026-11-17/sheet?sheet={language}");
            sheet.Status.ShouldBe(HttpStatusCode.OK);
            sheet.Document.QuerySelectorAll("#sheet tr.signer .sign .line").Length.ShouldBe(2);
            // Printed as a browser prints it: the console's stylesheet, no server behind the file.
            var html = Stylesheet().Replace(sheet.Html, _ => $"<style>{css}</style>", 1);
            html.ShouldContain(css);
            var file = Artifacts.PathOf($"attendance-sheet-{language}.html");
            var pdfFile = Artifacts.PathOf($"attendance-sheet-{language}.pdf");
            File.WriteAllText(file, html, new UTF8Encoding(false));
            Chromium.PrintToPdf(file, pdfFile);

            using var pdf = PdfDocument.Open(File.ReadAllBytes(pdfFile));
            var page = pdf.GetPages().Single();
            var text = Flat(page.Text);
            foreach (var words in new[] { "Atelier du mardi", "Jean", "Samira", signature, facilitator, "14:00 – 16:30", day })
                text.ShouldContain(Flat(words));
            text.ShouldNotContain(Flat("Print the attendance sheet")); // the screen's button, in the person's English
            // A line to sign on for each participant and the facilitator: drawn, below their names.
            page.Paths.Count.ShouldBeGreaterThanOrEqualTo(3);
        }
    }

    private static string Flat(string text) => Spacing().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex("""<link rel="stylesheet" href="/console/console\.css[^"]*">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
