using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Json.Schema;
using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.PublicDirectory;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Networks;

namespace LivingLibrary.Api.Tests.Networks;

/// <summary>
/// The network's directory of desks (docs/adr/0032): three members, five desks, read without signing in, filtered by
/// day, language, service and area; exported in data·inclusion's schema; nothing of who staffs a desk or whom it helped.
/// </summary>
public sealed class DirectoryTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string OrgC = "org-c";
    private const string Outsider = "org-d";
    private const string StaffName = "Yasmina Belkacem";
    private const string VisitorPseudonym = "Zélie du 3e";

    private static WeeklyHours At(DayOfWeek day, int from, int until) => new(day, new TimeOnly(from, 0), new TimeOnly(until, 0));

    private sealed record Scene(Guid Network, Guid MolenbeekEpn, Guid CpasAnderlecht, Guid FoodBank, Guid Library, Guid SaintGilles);

    /// <summary>org-a founds the network, org-b and org-c join; five desks among them; org-d, outside it, has a desk too.</summary>
    private async Task<Scene> NetworkOfThreeAsync()
    {
        var network = await Host.CreateAsync(Coordinator(), "/api/networks", new FoundNetwork("Réseau des EPN bruxellois"));
        foreach (var member in new[] { OrgB, OrgC })
        {
            await Host.SendAsync(Coordinator(), $"/api/networks/{network}/invitations", new InviteOrganisation(member));
            await Host.SendAsync(Coordinator(member), $"/api/networks/{network}/join", new { });
        }
        var epn = await DeskAsync(OrgA, "EPN de Molenbeek", [At(DayOfWeek.Tuesday, 9, 12), At(DayOfWeek.Thursday, 13, 16)], ["fr", "ar"],
            new DescribeDropInDesk("public-digital-space", ["public-it-worker"], ["step-free-access", "hearing-loop"], ["itsme", "myminfin"], "1080"));
        var cpas = await DeskAsync(OrgA, "Permanence du CPAS d'Anderlecht", [At(DayOfWeek.Monday, 9, 12)], ["fr", "nl"],
            new DescribeDropInDesk("social-services", ["social-worker"], [], ["cpas-ocmw"], "1070"));
        var foodBank = await DeskAsync(OrgB, "Banque alimentaire de Schaerbeek", [At(DayOfWeek.Thursday, 10, 12)], ["ar", "fr"],
            new DescribeDropInDesk("food-bank", ["volunteer"], ["step-free-access"], ["eid", "itsme"], "1030"));
        var library = await DeskAsync(OrgB, "Bibliothèque d'Ixelles", [At(DayOfWeek.Wednesday, 14, 17)], ["fr", "en"], null);
        var saintGilles = await DeskAsync(OrgC, "Antenne sociale de Saint-Gilles", [At(DayOfWeek.Thursday, 9, 11)], ["nl", "fr"],
            new DescribeDropInDesk("social-services", ["employee"], [], ["itsme"], "1060"));
        await DeskAsync(Outsider, "Espace numérique d'ailleurs", [At(DayOfWeek.Thursday, 9, 17)], ["ar"], null);
        // What a directory must never show: who staffs a desk, and whom it helped.
        await Host.SendAsync(Coordinator(OrgB), $"/api/desks/{foodBank}/staff", new AssignDeskStaff("volunteer-7", StaffName));
        await Host.CreateAsync(Coordinator(OrgB), $"/api/desks/{foodBank}/requests", CaseScene.VisitorRequest() with { Pseudonym = VisitorPseudonym });
        return new Scene(network, epn, cpas, foodBank, library, saintGilles);
    }

    private async Task<Guid> DeskAsync(string organisation, string name, IReadOnlyList<WeeklyHours> hours, IReadOnlyList<string> languages, DescribeDropInDesk? description)
    {
        var desk = await Host.CreateAsync(Coordinator(organisation), "/api/desks", new OpenDropInDesk(name, $"{name}, rue de l'Exemple 1", hours, languages));
        if (description is not null) await Host.SendAsync(Coordinator(organisation), $"/api/desks/{desk}/describe", description);
        return desk;
    }

    /// <summary>A GET without any token, as a visitor's phone or a map sends it.</summary>
    private async Task<(int Status, string Body)> Anonymous(string url, string? language = null)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(url);
            if (language is not null) s.WithRequestHeader("Accept-Language", language);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new LivingLibrary.Domain.ChoiceJsonConverter() } };

    private static DeskDirectory Read(string body) => JsonSerializer.Deserialize<DeskDirectory>(body, Json)!;

    [Fact]
    public async Task Without_signing_in_the_directory_lists_the_network_desks_open_on_a_day_in_a_language_and_nothing_private()
    {
        var scene = await NetworkOfThreeAsync();

        var (status, body) = await Anonymous($"/api/networks/{scene.Network}/directory?day=thursday&speaks=ar");
        status.ShouldBe(200, body);
        var thursdayInArabic = Read(body);
        thursdayInArabic.Name.ShouldBe("Réseau des EPN bruxellois");
        thursdayInArabic.Desks.Select(d => d.DeskId).ShouldBe([scene.MolenbeekEpn, scene.FoodBank], ignoreOrder: true);

        var epn = thursdayInArabic.Desks.Single(d => d.DeskId == scene.MolenbeekEpn);
        epn.OrganisationId.ShouldBe(OrgA);
        epn.Postcode.ShouldBe("1080");
        epn.HostPlace!.Code.ShouldBe("public-digital-space");
        epn.Accessibility.Select(a => a.Code).ShouldBe(["step-free-access", "hearing-loop"]);
        epn.Services.Select(s => s.Code).ShouldBe(["itsme", "myminfin"]);
        epn.Hours.Select(h => h.Day).ShouldBe([DayOfWeek.Tuesday, DayOfWeek.Thursday]);

        // Nothing of who staffs a desk, nor of a visitor: neither their words nor the fields that would carry them.
        var (_, all) = await Anonymous($"/api/networks/{scene.Network}/directory");
        Read(all).Desks.Count.ShouldBe(5);
        foreach (var text in new[] { body, all })
        {
            text.ShouldNotContain(StaffName);
            text.ShouldNotContain("volunteer-7");
            text.ShouldNotContain(VisitorPseudonym);
            foreach (var field in new[] { "\"staff\"", "\"userId\"", "\"displayName\"", "\"visitor\"", "\"pseudonym\"", "\"contact\"" })
                text.ShouldNotContain(field, Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_directory_filters_by_service_and_area_and_names_codes_in_the_readers_language()
    {
        var scene = await NetworkOfThreeAsync();

        Read((await Anonymous($"/api/networks/{scene.Network}/directory?service=itsme")).Body).Desks.Select(d => d.DeskId)
            .ShouldBe([scene.MolenbeekEpn, scene.FoodBank, scene.SaintGilles], ignoreOrder: true);
        Read((await Anonymous($"/api/networks/{scene.Network}/directory?area=1080")).Body).Desks.Select(d => d.DeskId).ShouldBe([scene.MolenbeekEpn]);
        Read((await Anonymous($"/api/networks/{scene.Network}/directory?area=10&day=monday")).Body).Desks.Select(d => d.DeskId).ShouldBe([scene.CpasAnderlecht]);

        var dutch = Read((await Anonymous($"/api/networks/{scene.Network}/directory?area=1030", "nl")).Body).Desks.Single();
        dutch.HostPlace!.Name.ShouldBe(DeskLists.HostPlaces.Single(h => h.Code == "food-bank").Name.Nl);
        dutch.StaffKinds.Single().Name.ShouldBe("Vrijwilliger");

        // An organisation's own directory: its desks only.
        var (_, own) = await Anonymous($"/api/organisations/{OrgB}/directory");
        Read(own).Desks.Select(d => d.DeskId).ShouldBe([scene.FoodBank, scene.Library], ignoreOrder: true);
    }

    [Fact]
    public async Task A_closed_desk_or_one_of_a_member_that_left_is_not_listed_and_an_unknown_network_or_an_organisation_without_desks_is_not_found()
    {
        var scene = await NetworkOfThreeAsync();
        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.CpasAnderlecht}/close", new CloseDropInDesk(null));
        await Host.SendAsync(Coordinator(OrgC), $"/api/networks/{scene.Network}/leave", new { });

        Read((await Anonymous($"/api/networks/{scene.Network}/directory")).Body).Desks.Select(d => d.DeskId)
            .ShouldBe([scene.MolenbeekEpn, scene.FoodBank, scene.Library], ignoreOrder: true);
        (await Anonymous($"/api/networks/{Guid.NewGuid()}/directory")).Status.ShouldBe(404);
        (await Anonymous($"/api/networks/{Guid.NewGuid()}/directory/data-inclusion")).Status.ShouldBe(404);
        (await Anonymous("/api/networks/not-a-network/directory")).Status.ShouldBe(404);
        (await Anonymous("/api/organisations/org-without-desks/directory")).Status.ShouldBe(404);
    }

    [Fact]
    public async Task Filters_that_are_none_are_refused_naming_each()
    {
        var scene = await NetworkOfThreeAsync();

        var (status, body) = await Anonymous($"/api/networks/{scene.Network}/directory?day=3&speaks=Arabic!&service=Not%20a%20code&area=10-80");
        status.ShouldBe(400, body);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["day", "speaks", "service", "area"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_export_validates_against_data_inclusions_published_schema_and_is_served_without_signing_in()
    {
        var scene = await NetworkOfThreeAsync();

        var (status, body) = await Anonymous($"/api/networks/{scene.Network}/directory/data-inclusion");
        status.ShouldBe(200, body);
        var export = JsonNode.Parse(body)!.AsObject();
        var structures = export["structures"]!.AsArray();
        var services = export["services"]!.AsArray();
        structures.Count.ShouldBe(5);
        services.Count.ShouldBe(5);

        var structure = Schema("structure.json");
        var service = Schema("service.json");
        foreach (var item in structures) Errors(structure, item!).ShouldBeEmpty(item!.ToJsonString());
        foreach (var item in services) Errors(service, item!).ShouldBeEmpty(item!.ToJsonString());

        var epn = structures.Single(s => s!["id"]!.GetValue<string>() == $"livinglibrary--{scene.MolenbeekEpn}")!;
        epn["horaires_accueil"]!.GetValue<string>().ShouldBe("Tu 09:00-12:00; Th 13:00-16:00");
        epn["reseaux_porteurs"]!.AsArray().Single()!.GetValue<string>().ShouldBe("espaces-publics-numeriques");
        services.Select(s => s!["structure_id"]!.GetValue<string>()).ShouldBe(structures.Select(s => s!["id"]!.GetValue<string>()), ignoreOrder: true);
        body.ShouldNotContain(StaffName);
        body.ShouldNotContain(VisitorPseudonym);

        // What the schema forbids is caught: the test would fail on an export that broke it.
        var broken = epn.DeepClone().AsObject();
        broken["nom"] = "x";
        Errors(structure, broken).ShouldNotBeEmpty();
    }

    private static JsonSchema Schema(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Networks", "DataInclusionSchema", file)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://data-inclusion.invalid/{Guid.NewGuid():N}/{file}"));

    private static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode instance)
    {
        var result = schema.Evaluate(JsonDocument.Parse(instance.ToJsonString()).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    [Fact]
    public async Task Describing_a_desk_is_an_event_refusals_append_nothing_and_the_same_description_again_changes_nothing()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var description = new DescribeDropInDesk("food-bank", ["volunteer", "public-it-worker"], ["step-free-access"], ["itsme"], "1080");

        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/describe", description);
        JsonSerializer.Serialize((await Stream(scene.Desk)).Last().Data).ShouldBe(JsonSerializer.Serialize(new DropInDeskDescribed(scene.Desk,
            new DeskDescription("food-bank", ["volunteer", "public-it-worker"], ["step-free-access"], ["itsme"], "1080"))));
        var before = await EventCount();

        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/describe", description);
        (await EventCount()).ShouldBe(before);

        await Refused(400, Coordinator(), scene.Desk, new DescribeDropInDesk("castle", ["wizard"], ["moat"], ["not-a-service"], "1"),
            "hostPlace", "staffKinds[0]", "accessibility[0]", "services[0]", "postcode");
        await Refused(403, Facilitator(CaseScene.DeskWorker), scene.Desk, description);
        await Refused(404, Coordinator(OrgB), scene.Desk, description);
        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/close", new CloseDropInDesk(null));
        before = await EventCount();
        await Refused(409, Coordinator(), scene.Desk, description with { Postcode = "1000" });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_organisation_adds_host_places_and_staff_kinds_of_its_own_and_only_its_desks_may_use_them()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var parishHall = await Host.CreateAsync(Coordinator(), "/api/host-places", new AddDeskListEntry("parish-hall", "Salle paroissiale", null, null));
        var jobCoach = await Host.CreateAsync(Coordinator(), "/api/staff-kinds", new AddDeskListEntry("job-coach", null, "Jobcoach", null));
        (await Stream(parishHall)).Single().Data.ShouldBe(new DeskListEntryAdded(parishHall, DeskList.HostPlace, "parish-hall", new("Salle paroissiale", "", "")));
        (await Stream(jobCoach)).Single().Data.ShouldBe(new DeskListEntryAdded(jobCoach, DeskList.StaffKind, "job-coach", new("", "Jobcoach", "")));

        var lists = await Host.GetAsync<DeskListsView>(Coordinator(), "/api/desk-lists");
        lists.HostPlaces.Select(h => h.Code).ShouldContain("parish-hall");
        lists.StaffKinds.Select(h => h.Code).ShouldContain("job-coach");
        lists.HostPlaces.Select(h => h.Code).ShouldNotContain("job-coach");
        (await Host.GetAsync<DeskListsView>(Coordinator(OrgB), "/api/desk-lists")).HostPlaces.Select(h => h.Code).ShouldNotContain("parish-hall");

        await Host.SendAsync(Coordinator(), $"/api/desks/{scene.Desk}/describe", new DescribeDropInDesk("parish-hall", ["job-coach"], [], [], null));
        var before = await EventCount();
        foreach (var (token, url, status) in new[]
        {
            (Coordinator(), "/api/host-places", 400), // already in the list
            (Coordinator(), "/api/staff-kinds", 400),
            (Facilitator(CaseScene.Facilitator), "/api/host-places", 403),
        })
            await Send(token, s =>
            {
                s.Post.Json(new AddDeskListEntry(url.EndsWith("places") ? "parish-hall" : "job-coach", "Nom", null, null)).ToUrl(url);
                s.StatusCodeShouldBe(status);
            });
        var other = await CaseScene.SetUp(Host, Coordinator(OrgB));
        before = await EventCount();
        await Refused(400, Coordinator(OrgB), other.Desk, new DescribeDropInDesk("parish-hall", ["job-coach"], [], [], null), "hostPlace", "staffKinds[0]");
        (await EventCount()).ShouldBe(before);
    }

    private async Task Refused(int status, string token, Guid desk, DescribeDropInDesk body, params string[] fields)
    {
        var before = await EventCount();
        var result = await Send(token, s =>
        {
            s.Post.Json(body).ToUrl($"/api/desks/{desk}/describe");
            s.StatusCodeShouldBe(status);
        });
        if (fields.Length > 0)
            JsonNode.Parse(await result.ReadAsTextAsync())!["errors"]!.AsObject().Select(e => e.Key).ShouldBe(fields, ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }
}
