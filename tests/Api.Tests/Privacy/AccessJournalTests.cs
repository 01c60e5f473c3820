using LivingLibrary.Domain.Privacy;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>The access journal: every successful read of a person's data, who read it, when, what and about whom; nothing else.</summary>
[Collection(CasesCollection.Name)]
public sealed class AccessJournalTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Amina() => Facilitator(CaseScene.Facilitator);
    private string Karim() => Facilitator(CaseScene.DeskWorker);

    private async Task<IReadOnlyList<AccessJournalEntry>> Journal(string organisation = OrgA)
    {
        await using var session = Store.QuerySession(organisation);
        return await session.Query<AccessJournalEntry>().ToListAsync();
    }

    private string JournalTable => Store.Options.Schema.For<AccessJournalEntry>();

    /// <summary>Every organisation's entries, as stored.</summary>
    private Task<long> StoredEntries() => Sql<long>($"select count(*) from {JournalTable}");

    private async Task Read(string token, string url, int status = 200) =>
        await Send(token, s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(status);
        });

    [Fact]
    public async Task Every_read_of_a_persons_data_is_journalled_with_who_when_what_and_about_whom()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        (await StoredEntries()).ShouldBe(0, "setting the scene up reads nobody's data");
        var (samira, visitor) = (scene.Samira, scene.VisitorId);
        // As of the day the events were stored, by the database's clock.
        var storedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var reads = new (string Token, string User, string Url, PersonalRead Read, PersonKind Kind, Guid Person, Guid? Case)[]
        {
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}", PersonalRead.Profile, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}?asOf={storedOn}", PersonalRead.Profile, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}/progress", PersonalRead.Progress, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}/pairings", PersonalRead.Pairings, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}/loans", PersonalRead.Loans, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/participants/{samira}/cases", PersonalRead.Case, PersonKind.Participant, samira, null),
            (Amina(), CaseScene.Facilitator, $"/api/cases/{scene.Case}", PersonalRead.Case, PersonKind.Participant, samira, scene.Case),
            (Amina(), CaseScene.Facilitator, $"/api/cases/{scene.Case}/timeline", PersonalRead.CaseTimeline, PersonKind.Participant, samira, scene.Case),
            (Karim(), CaseScene.DeskWorker, $"/api/cases/{scene.Visit}", PersonalRead.Case, PersonKind.Visitor, visitor, scene.Visit),
            (Karim(), CaseScene.DeskWorker, $"/api/cases/{scene.Visit}/timeline", PersonalRead.CaseTimeline, PersonKind.Visitor, visitor, scene.Visit),
            (Karim(), CaseScene.DeskWorker, $"/api/visitors/{visitor}/loans", PersonalRead.Loans, PersonKind.Visitor, visitor, null),
            (Coordinator(), "coordinator-1", $"/api/participants/{samira}/export", PersonalRead.Export, PersonKind.Participant, samira, null),
            (Coordinator(), "coordinator-1", $"/api/participants/{samira}/export?format=page&language=nl", PersonalRead.Export, PersonKind.Participant, samira, null),
            (Coordinator(), "coordinator-1", $"/api/visitors/{visitor}/export", PersonalRead.Export, PersonKind.Visitor, visitor, null),
        };

        var seen = new HashSet<Guid>();
        foreach (var read in reads)
        {
            await Read(read.Token, read.Url);
            var added = (await Journal()).Where(e => !seen.Contains(e.Id)).ToList();
            added.Count.ShouldBe(1, read.Url);
            added[0].ShouldSatisfyAllConditions(read.Url,
                e => e.UserId.ShouldBe(read.User),
                e => e.At.ShouldBe(ApiFixture.Clock.GetUtcNow()),
                e => (e.Read, e.PersonKind, e.PersonId, e.CaseId).ShouldBe((read.Read, read.Kind, read.Person, read.Case)));
            seen.Add(added[0].Id);
        }
        (await Journal(OrgB)).ShouldBeEmpty();
    }

    /// <summary>Partner suggestions show partners, and why they fit the case (a service, a language): nothing of the person.</summary>
    /// <summary>A participant's calendar addresses are listed as ids and whose feed they open: nothing of the person either.</summary>
    private static readonly string[] NotAboutThePerson = ["/api/cases/{caseId}/partner-suggestions", "/api/participants/{participantId}/calendar-links"];

    [Fact]
    public void Every_read_of_one_persons_data_is_marked_for_the_journal_so_that_no_new_route_can_forget_it()
    {
        var reads = Host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Journalled: e.Metadata.GetMetadata<JournalledAttribute>()))
            .Where(e => e.Route.StartsWith("/api/participants/{participantId}", StringComparison.Ordinal)
                || e.Route.StartsWith("/api/visitors/{visitorId}", StringComparison.Ordinal)
                || e.Route.StartsWith("/api/cases/{caseId}", StringComparison.Ordinal))
            .ToList();

        reads.Count.ShouldBeGreaterThanOrEqualTo(10);
        reads.Where(r => r.Journalled is null).Select(r => r.Route).ShouldBe(NotAboutThePerson);
        reads.Where(r => r.Journalled is not null).ShouldAllBe(r => r.Route.Contains("{" + r.Journalled!.RouteArgument + "}"));
    }

    [Fact]
    public async Task A_refused_or_failed_read_leaves_no_entry()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        var (samira, visitor) = (scene.Samira, scene.VisitorId);
        string[] urls =
        [
            $"/api/participants/{samira}", $"/api/participants/{samira}/progress", $"/api/participants/{samira}/pairings",
            $"/api/participants/{samira}/loans", $"/api/cases/{scene.Case}", $"/api/cases/{scene.Case}/timeline", $"/api/cases/{scene.Visit}",
            $"/api/visitors/{visitor}/loans", $"/api/participants/{samira}/export", $"/api/visitors/{visitor}/export",
        ];
        foreach (var url in urls)
        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            await Read(token, url, 404);

        // Amina sees Samira but may not export her data; Karim sees the visitor but may not export hers.
        await Read(Amina(), $"/api/participants/{samira}/export", 403);
        await Read(Karim(), $"/api/visitors/{visitor}/export", 403);
        // Found, then not there on that day; a person who does not exist; a bad query.
        await Read(Amina(), $"/api/participants/{samira}?asOf=2026-01-01", 404);
        await Read(Coordinator(), $"/api/participants/{Guid.NewGuid()}", 404);
        await Read(Coordinator(), $"/api/visitors/{Guid.NewGuid()}/export", 404);
        await Read(Coordinator(), $"/api/participants/{samira}?asOf=someday", 400);
        await Read(Coordinator(), $"/api/participants/{samira}/export?format=pdf", 400);
        await Read(Coordinator(), $"/api/participants/{samira}/export?language=tr", 400);

        (await StoredEntries()).ShouldBe(0);
    }

    [Fact]
    public async Task No_entry_holds_personal_data_only_ids_and_codes()
    {
        var scene = await PrivacyScene.SetUp(Host, Coordinator());
        foreach (var url in new[]
                 {
                     $"/api/participants/{scene.Samira}", $"/api/cases/{scene.Case}", $"/api/cases/{scene.Visit}/timeline",
                     $"/api/participants/{scene.Samira}/export?format=page", $"/api/visitors/{scene.VisitorId}/export",
                 })
            await Read(Coordinator(), url);

        (await StoredEntries()).ShouldBe(5);
        foreach (var personal in new[] { "Samira", PrivacyScene.VisitorPseudonym, "0470", PrivacyScene.Goal, PrivacyScene.Note, PrivacyScene.VisitorGoal, "1080" })
            (await Sql<long>($"select count(*) from {JournalTable} where data::text ilike @text", ("text", $"%{personal}%"))).ShouldBe(0, personal);
    }

    [Fact]
    public async Task Retention_deletes_the_entries_older_than_its_months_in_every_organisation_and_only_those()
    {
        var retention = Host.Services.GetRequiredService<JournalRetention>();
        retention.Months.ShouldBe(AccessJournalOptions.DefaultRetentionMonths);
        var now = ApiFixture.Clock.GetUtcNow();
        var person = Guid.NewGuid();
        AccessJournalEntry Entry(DateTimeOffset at) => new(Guid.CreateVersion7(at), at, "coordinator-1", PersonalRead.Profile, PersonKind.Participant, person);
        var (old, justOld, recent) = (Entry(now.AddMonths(-13)), Entry(now.AddMonths(-12).AddMinutes(-1)), Entry(now.AddMonths(-12).AddMinutes(1)));
        foreach (var organisation in new[] { OrgA, OrgB })
        {
            await using var session = Store.LightweightSession(organisation);
            session.Store(old with { Id = Guid.NewGuid() }, justOld with { Id = Guid.NewGuid() }, recent with { Id = Guid.NewGuid() }, Entry(now));
            await session.SaveChangesAsync();
        }

        (await retention.ForgetExpiredAsync()).ShouldBe(4);

        foreach (var organisation in new[] { OrgA, OrgB })
            (await Journal(organisation)).Select(e => e.At).Order().ShouldBe([recent.At, now]);
        (await retention.ForgetExpiredAsync()).ShouldBe(0);
    }
}
