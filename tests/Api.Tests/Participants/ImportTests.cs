using Alba;
using LivingLibrary.Api.Import;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Participants;

public sealed class ImportTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string GoodFile = """"
        displayName;languages;availability;contact;consentNotice;consentGivenOn;assessedOn;source;1.1;pay-bill-online
        Samira;ar fr;mar-matin jeu-soir;;notice-2026-fr;01/09/2026;2026-09-01;observedByFacilitator;3;5
        "Jean, dit ""Jeannot""";fr;tue-morning;jean@example.org;notice-2026-fr;2026-09-01;2026-09-01;;1;
        Елена;ru fr;;;notice-2026-fr;2026-09-02;;;;
        """";

    private const string FileWithBadLines = """
        displayName,languages,availability,consentNotice,consentGivenOn,assessedOn,4.2
        Samira,ar,tue-morning,notice,2026-09-01,2026-09-01,3
        ,fr,someday,notice,2026-09-01,,
        Jean,fr,,,,2026-09-01,12
        """;

    [Fact]
    public async Task A_dry_run_reports_every_bad_line_with_its_reason_and_appends_nothing()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        var result = await Import(group, FileWithBadLines, dryRun: true, expected: 400);

        var report = (await result.ReadAsJsonAsync<ImportReport>())!;
        report.ValidLines.ShouldBe(1);
        report.Errors.Select(e => (e.Line, e.Field)).ShouldBe([
            (3, "availability"), (3, "displayName"),
            (4, "consentNotice"), (4, "consentGivenOn"), (4, "4.2"),
        ], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_import_with_a_bad_line_imports_nothing()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        await Import(group, FileWithBadLines, dryRun: false, expected: 400);

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_good_file_passes_the_dry_run_then_imports_every_line_with_its_intake_levels()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        var dry = (await (await Import(group, GoodFile, dryRun: true, expected: 200)).ReadAsJsonAsync<ImportReport>())!;
        dry.ValidLines.ShouldBe(3);
        (await EventCount()).ShouldBe(before);

        var report = (await (await Import(group, GoodFile, dryRun: false, expected: 200)).ReadAsJsonAsync<ImportReport>())!;
        report.Imported.ShouldBe(3);
        (await EventCount()).ShouldBe(before + 3 + 2 + 1);

        var samira = (await Stream(report.ParticipantIds[0])).Select(e => e.Data).ToList();
        var enrolled = samira[0].ShouldBeOfType<ParticipantEnrolled>();
        enrolled.Person.DisplayName.ShouldBe("Samira");
        enrolled.Availability.ShouldBe([new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning), new TimeSlot(DayOfWeek.Thursday, DayPart.Evening)]);
        samira.Skip(1).ShouldBe([
            new SkillAssessed(report.ParticipantIds[0], group, "1.1", 3, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 1), true),
            new SkillAssessed(report.ParticipantIds[0], group, "pay-bill-online", 5, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 1), true),
        ]);
        (await Stream(report.ParticipantIds[1])).First().Data.ShouldBeOfType<ParticipantEnrolled>()
            .Person.ShouldBe(new PersonalDetails("Jean, dit \"Jeannot\"", "jean@example.org"));
    }

    [Fact]
    public async Task A_consent_version_column_names_the_notices_version_and_an_empty_cell_reads_as_its_first()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        const string file = "displayName;consentNotice;consentVersion;consentGivenOn\nSamira;notice-2026-fr;2;2026-09-01\nJean;notice-2026-fr;;2026-09-01\nAli;notice-2026-fr;deux;2026-09-01\n";

        var bad = (await (await Import(group, file, dryRun: true, expected: 400)).ReadAsJsonAsync<ImportReport>())!;
        bad.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(4, "consentVersion")]);

        var report = (await (await Import(group, file.Replace("deux", "0"), dryRun: true, expected: 400)).ReadAsJsonAsync<ImportReport>())!;
        report.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(4, "consentVersion")]);
        var imported = (await (await Import(group, file.Replace("Ali;notice-2026-fr;deux;2026-09-01\n", ""), dryRun: false, expected: 200)).ReadAsJsonAsync<ImportReport>())!;
        var versions = new List<int>();
        foreach (var id in imported.ParticipantIds)
            versions.Add((await Stream(id)).First().Data.ShouldBeOfType<ParticipantEnrolled>().Consent.Version);
        versions.ShouldBe([2, 1]);
    }

    [Fact]
    public async Task Unknown_columns_are_refused_before_any_line()
    {
        var group = await Host.CreateGroupAsync(Coordinator());

        var report = (await (await Import(group, "displayName;shoeSize\nSamira;38\n", dryRun: true, expected: 400)).ReadAsJsonAsync<ImportReport>())!;

        report.Errors.ShouldHaveSingleItem().ShouldBe(report.Errors[0] with { Line = 1, Field = "shoeSize" });
    }

    [Fact]
    public async Task Importing_into_a_closed_group_is_409()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{group}/close"));

        await Import(group, GoodFile, dryRun: false, expected: 409);
        (await EventCount()).ShouldBe(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_beyond_the_limit_is_413_whether_its_size_is_announced_or_it_comes_in_chunks(bool announced)
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var line = "displayName,consentNotice,consentGivenOn\n" + string.Concat(Enumerable.Repeat("Ali,notice-2026,2026-09-01\n", 60_000));
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.ConfigureHttpContext(c =>
            {
                c.Request.Method = "POST";
                c.Request.Path = $"/api/groups/{group}/participants/import";
                c.Request.ContentType = "text/csv";
                var bytes = System.Text.Encoding.UTF8.GetBytes(line);
                c.Request.Body = new MemoryStream(bytes);
                if (announced) c.Request.ContentLength = bytes.Length;
                else c.Request.Headers.TransferEncoding = "chunked";
            });
            s.StatusCodeShouldBe(413);
        });

        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_import_checks_if_match_against_the_groups_version_412_when_stale_and_imports_nothing()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        await Import(group, GoodFile, dryRun: false, expected: 412, ifMatch: "\"999999\"");
        (await EventCount()).ShouldBe(before);

        await Import(group, GoodFile, dryRun: false, expected: 200, ifMatch: "\"1\"");
        (await EventCount()).ShouldBeGreaterThan(before);
    }

    private Task<IScenarioResult> Import(Guid group, string csv, bool dryRun, int expected, string? ifMatch = null) =>
        Send(Coordinator(), s =>
        {
            s.Post.Text(csv).ToUrl($"/api/groups/{group}/participants/import").QueryString("dryRun", dryRun ? "true" : "false");
            s.WithRequestHeader("Content-Type", "text/csv");
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            s.StatusCodeShouldBe(expected);
        });
}
