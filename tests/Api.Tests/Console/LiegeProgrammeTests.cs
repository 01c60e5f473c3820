using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.DataTypes;
using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Activities.Calendars;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Activities;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Referral;
using LivingLibrary.Domain.Reports;
using Marten;
using UglyToad.PdfPig;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// The Liège group's school year (seed 000) as its facilitator records it: a weekly workshop from September to June with two
/// holidays, four exchange sessions, two visits to partners and a talk, and who of its twelve participants came to each. Then
/// its calendar feed read back by a calendar library, a signed-sheet-to-be printed by Chromium, and the funder report's
/// hours against a count made here by hand.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class LiegeProgrammeTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Amina = "facilitator-amina";

    private static readonly string[] People =
        ["Aïcha", "Bernard", "Fatma", "Hüseyin", "Jean", "Josiane", "Karim", "Marie-Claire", "Nadia", "Pierre", "Samira", "Yusuf"];

    private static readonly DateOnly Christmas = new(2025, 12, 23), NewYear = new(2025, 12, 30);

    /// <summary>What is planned, by hand: (kind, day, starts, ends).</summary>
    private static IEnumerable<(ActivityKind Kind, DateOnly On, TimeOnly Starts, TimeOnly Ends)> ByHand()
    {
        for (var day = new DateOnly(2025, 9, 9); day <= new DateOnly(2026, 6, 30); day = day.AddDays(7))
            if (day != Christmas && day != NewYear) yield return (ActivityKind.Workshop, day, new(14, 0), new(16, 30));
        foreach (var day in new DateOnly[] { new(2025, 10, 16), new(2025, 12, 11), new(2026, 2, 19), new(2026, 5, 21) })
            yield return (ActivityKind.ExchangeSession, day, new(10, 0), new(12, 0));
        yield return (ActivityKind.Visit, new(2025, 11, 20), new(9, 30), new(12, 0));
        yield return (ActivityKind.Visit, new(2026, 3, 19), new(13, 30), new(16, 0));
        yield return (ActivityKind.Talk, new(2026, 4, 23), new(18, 0), new(20, 0));
    }

    /// <summary>Who came, by a rule simple enough to count by hand: some are absent or excused, Hüseyin comes late to workshops.</summary>
    private static (Presence Presence, TimeOnly? Arrived) Came(int person, int occurrence) =>
        (person + occurrence) % 5 == 0 ? (Presence.Absent, null)
        : (person + occurrence) % 7 == 0 ? (Presence.Excused, null)
        : (person == 3 && occurrence % 2 == 0 ? (Presence.Present, new TimeOnly(14, 30)) : (Presence.Present, null));

    [Fact]
    public async Task The_Liege_school_year_is_recorded_its_feed_reads_back_its_sheet_prints_and_the_report_counts_the_hours_by_hand()
    {
        var group = await Host.CreateGroupAsync(Coordinator(), new CreateGroup("Bibliothèque vivante de Liège-Centre", "Agora, Saint-Léonard, Liège",
            new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 30), ["fr", "ar"]));
        await Host.AssignAsync(Coordinator(), group, Amina);
        var people = new List<Guid>();
        foreach (var name in People) people.Add(await Host.EnrolAsync(Coordinator(), group, ParticipantScenarios.NewParticipant(name, "fr")));
        var epn = await Host.CreateAsync(Coordinator(), "/api/partners", new ListPartner(CaseScene.ItsmePartner("EPN de Liège")));
        var repairLab = await Host.CreateAsync(Coordinator(), "/api/partners", new ListPartner(CaseScene.ItsmePartner("Repair café de Saint-Léonard")));

        // The workshop, the visits and the talk through the API; the exchange sessions from the console's programme page.
        var workshop = await Host.PlanAsync(Facilitator(Amina), group, new PlanActivity(ActivityKind.Workshop, "Atelier du mardi", new(2025, 9, 9),
            new(14, 0), new(16, 30), null, null, "Amina", ["1.1", "2.1"], ["pay-bill-online"], 14, null, null,
            new Repeats(Frequency.Weekly, null, new(2026, 6, 30), [Christmas, NewYear])));
        foreach (var (kind, on, starts, ends) in ByHand().Where(a => a.Kind is ActivityKind.Visit or ActivityKind.Talk))
            await Host.PlanAsync(Facilitator(Amina), group, new PlanActivity(kind, kind == ActivityKind.Talk ? "Rencontre : les arnaques en ligne" : "Visite",
                on, starts, ends, null, kind != ActivityKind.Visit ? null : on.Month == 11 ? epn : repairLab, kind == ActivityKind.Talk ? "Police de Liège" : null,
                null, null, null, null, kind == ActivityKind.Talk, null));
        var amina = await ConsoleClient.SignInAsync(Host, Amina, OrgA, Security.FacilitatorRole);
        foreach (var (_, on, _, _) in ByHand().Where(a => a.Kind == ActivityKind.ExchangeSession))
        {
            var sent = await amina.SubmitAsync($"/console/groups/{group}/programme", ("kind", "exchangeSession"), ("title", "Séance d'échange"),
                ("on", on.ToString("yyyy-MM-dd")), ("starts", "10:00"), ("ends", "12:00"), ("repeats.every", ""));
            sent.Status.ShouldBe(HttpStatusCode.Redirect, sent.Text);
        }

        var year = await Host.GetAsync<IReadOnlyList<ProgrammeEntry>>(Facilitator(Amina), $"/api/groups/{group}/programme?from=2025-09-01&to=2026-06-30");
        var planned = ByHand().OrderBy(a => a.On).ThenBy(a => a.Starts).ToList();
        year.Select(e => (e.Kind, e.Occurrence.On, e.Occurrence.Starts, e.Occurrence.Ends))
            .ShouldBe(planned.Select(a => (a.Kind, a.On, (TimeOnly?)a.Starts, (TimeOnly?)a.Ends)));
        planned.Count(a => a.Kind == ActivityKind.Workshop).ShouldBe(41);

        // Attendance for each occurrence through the API, but one typed on a phone in the console.
        double presentHours = 0;
        foreach (var (entry, k) in year.Select((e, k) => (e, k)))
        {
            var lines = people.Select((id, i) => Came(i, k) is var (presence, arrived)
                ? new AttendanceLine(id, presence, entry.Kind == ActivityKind.Workshop ? arrived : null, null)
                : throw new System.Diagnostics.UnreachableException()).ToList();
            presentHours += lines.Where(l => l.Presence == Presence.Present)
                .Sum(l => ((l.Arrived ?? entry.Occurrence.Starts!.Value) is var from ? entry.Occurrence.Ends!.Value - from : default).TotalHours);
            var attendance = $"/activities/{entry.Occurrence.ActivityId}/occurrences/{entry.Occurrence.PlannedFor:yyyy-MM-dd}/attendance";
            if (k != 10)
            {
                await Host.SendAsync(Facilitator(Amina), "/api" + attendance, new TakeAttendance(lines));
                continue;
            }
            var page = "/console" + attendance;
            var legends = (await amina.GetAsync(page)).Document.QuerySelectorAll("#attendance-form legend").Select(l => l.TextContent.Trim()).ToList();
            legends.Order(StringComparer.Ordinal).ShouldBe(People.Order(StringComparer.Ordinal));
            var fields = legends.Select((name, i) => (i, line: lines[Array.IndexOf(People, name)]))
                .SelectMany(x => new[] { ($"attendees[{x.i}].presence", LivingLibrary.Domain.Choices.Name(x.line.Presence!.Value)), ($"attendees[{x.i}].arrived", x.line.Arrived?.ToString("HH:mm") ?? "") })
                .ToArray();
            (await (await amina.FilledAsync(page, "#attendance-form", fields))()).Status.ShouldBe(HttpStatusCode.Redirect);
        }

        // The event store: eight activities planned, one attendance per occurrence, the console's among them.
        await using (var session = Store.QuerySession(OrgA))
        {
            var events = await session.Events.QueryAllRawEvents().ToListAsync();
            events.Count(e => e.Data is ActivityPlanned).ShouldBe(8);
            var taken = events.Select(e => e.Data).OfType<AttendanceTaken>().ToList();
            taken.Count.ShouldBe(year.Count);
            taken.ShouldAllBe(t => t.Attendees.Count == 12);
        }

        // The group's calendar, read back by the calendar library people's calendars use.
        var link = await Send(Facilitator(Amina), s =>
        {
            s.Post.Json(new { of = "group" }).ToUrl($"/api/groups/{group}/calendar-links");
            s.StatusCodeShouldBe(201);
        });
        var address = (await link.ReadAsJsonAsync<CalendarAddress>())!.Address!;
        var feedAddress = address.StartsWith('/') ? address : new Uri(address).PathAndQuery;
        var feed = await Host.Scenario(s => s.Get.Url(feedAddress));
        var calendar = Calendar.Load(await feed.ReadAsTextAsync())!;
        calendar.Events.Count.ShouldBe(8);
        var read = calendar.GetOccurrences(new CalDateTime(2025, 9, 1)).TakeWhile(o => o.Period.StartTime.Date <= new DateOnly(2026, 6, 30))
            .Select(o => (o.Period.StartTime.Date, o.Period.StartTime.Time)).Order().ToList();
        read.ShouldBe(planned.Select(a => (a.On, (TimeOnly?)a.Starts)));
        (await feed.ReadAsTextAsync()).ShouldNotContain("Samira");

        // The sheet of the first workshop, printed to PDF: every name beside a line to sign.
        if (Chromium.Find() is null) throw new InvalidOperationException("Chromium is not installed: scripts/chromium.sh installs it.");
        var sheet = await amina.GetAsync($"/console/activities/{workshop}/occurrences/2025-09-09/sheet?sheet=fr");
        sheet.Status.ShouldBe(HttpStatusCode.OK);
        var css = (await amina.GetAsync("/console/console.css")).Html;
        var html = Stylesheet().Replace(sheet.Html, _ => $"<style>{css}</style>", 1);
        var (file, pdfFile) = (Artifacts.PathOf("liege-sheet.html"), Artifacts.PathOf("liege-sheet.pdf"));
        File.WriteAllText(file, html, new UTF8Encoding(false));
        Chromium.PrintToPdf(file, pdfFile);
        using (var pdf = PdfDocument.Open(File.ReadAllBytes(pdfFile)))
        {
            var text = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
            foreach (var words in People.Append("Signature de l'animateur·rice").Append("9 septembre 2025").Append("14:00 – 16:30"))
                text.ShouldContain(Flat(words));
            pdf.GetPages().Sum(p => p.Paths.Count).ShouldBeGreaterThanOrEqualTo(13);
        }

        // The funder report: hours delivered and participant-hours as counted here. Stays in a group are dated by when the
        // enrolment was recorded (docs/adr/0031): everything is moved back to the summer before the school year.
        await EventsRecordedEarlier(ApiFixture.Today.ToDateTime(TimeOnly.MinValue) - new DateTime(2025, 8, 25));
        var report = await Host.GetAsync<FunderReport>(Coordinator(), $"/api/reports/funder?groupId={group}&from=2025-09-01&to=2026-06-30");
        var delivered = planned.Sum(a => (a.Ends - a.Starts).TotalHours);
        delivered.ShouldBe(41 * 2.5 + 4 * 2 + 2 * 2.5 + 2);
        report.Participants.TookPart.Value.ShouldBe(12);
        report.Activity.HoursDelivered.ShouldBe(delivered, 0.01);
        report.Activity.ParticipantHours.Value!.Value.ShouldBe(presentHours, 0.01);
        report.Activity.Activities.Select(k => (k.Kind, k.Occurrences)).ShouldBe(
            [(ActivityKind.Workshop, 41), (ActivityKind.ExchangeSession, 4), (ActivityKind.Visit, 2), (ActivityKind.Talk, 1)], ignoreOrder: true);
    }

    private static string Flat(string text) => Spacing().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex("""<link rel="stylesheet" href="/console/console\.css[^"]*">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
