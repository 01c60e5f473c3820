using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Knowledge;

namespace LivingLibrary.Api.Tests.Cases;

[Collection(CasesCollection.Name)]
public sealed class KnowledgeTests(ApiFixture fixture) : ApiTest(fixture)
{
    private string Facilitator() => Facilitator(CaseScene.Facilitator);

    private static DraftKnowledgeEntry Entry(Guid caseId, string language = "fr") =>
        new(caseId, "Réactiver itsme sur un nouveau téléphone",
            "Après un changement de téléphone, itsme ne s'ouvre plus et demande de refaire l'activation.",
            ["Ouvrir itsme et choisir « nouvel appareil »", "Confirmer avec la carte bancaire et le lecteur", "Choisir un nouveau code itsme"],
            null, null, null, language);

    private async Task<Guid> ResolvedCaseAsync(CaseScene scene)
    {
        var caseId = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Facilitator(), $"/api/cases/{caseId}/resolve", new ResolveCase(["Réactivation"], Autonomy.DoneTogether, null));
        return caseId;
    }

    [Fact]
    public async Task An_entry_is_written_from_a_resolved_case_reviewed_by_someone_else_published_and_found_by_stemmed_words()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var entry = await Host.CreateAsync(Facilitator(), "/api/knowledge", Entry(await ResolvedCaseAsync(scene)));
        var drafted = (await Stream(entry)).Single().Data.ShouldBeOfType<KnowledgeEntryDrafted>();
        drafted.Content.Service.ShouldBe("itsme"); // from the case
        drafted.AuthorId.ShouldBe(CaseScene.Facilitator);

        var before = await EventCount();
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/knowledge/{entry}/review");
            s.StatusCodeShouldBe(409);
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/knowledge/{entry}/publish");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/review", new { });
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/publish", new { });
        await Host.SendAsync(Facilitator(), $"/api/knowledge/{entry}/helped", new { });
        (await Stream(entry)).Select(e => e.Data.GetType()).ShouldBe(
            [typeof(KnowledgeEntryDrafted), typeof(KnowledgeEntryReviewed), typeof(KnowledgeEntryPublished), typeof(KnowledgeEntryFoundHelpful)]);

        // "téléphones" and "activer" find "téléphone" and "activation" through French stemming.
        var found = await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?q=nouveaux%20t%C3%A9l%C3%A9phones");
        found.Single().Id.ShouldBe(entry);
        found[0].HelpedCount.ShouldBe(1);
        found[0].Status.ShouldBe(KnowledgeStatus.Published);
        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?service=itsme&difficulty=login-and-identity")).Count.ShouldBe(1);
        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?q=banque%20-itsme")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?q=telephone&language=nl")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Searching_in_dutch_stems_dutch_and_drafts_are_listed_apart()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var source = await ResolvedCaseAsync(scene);
        var dutch = await Host.CreateAsync(Facilitator(), "/api/knowledge", Entry(source, "nl") with
        {
            Title = "Facturen online betalen met de bankapp",
            Situation = "De factuur heeft een QR-code maar de bankapp opent niet.",
            Steps = ["De bankapp openen", "De QR-code scannen"],
        });
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{dutch}/review", new { });
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{dutch}/publish", new { });
        var draft = await Host.CreateAsync(Facilitator(), "/api/knowledge", Entry(source));

        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?q=factuur")).Single().Id.ShouldBe(dutch);
        (await Host.GetAsync<IReadOnlyList<KnowledgeEntry>>(Facilitator(), "/api/knowledge?status=draft")).Single().Id.ShouldBe(draft);
    }

    [Fact]
    public async Task Drafting_from_an_open_case_or_in_another_language_is_refused_and_a_revision_goes_back_to_draft()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var open = await Host.PostCaseAsync(Facilitator(), scene.Group, CaseScene.ItsmeCase(scene.Samira));
        var before = await EventCount();
        await Send(Facilitator(), s =>
        {
            s.Post.Json(Entry(open)).ToUrl("/api/knowledge");
            s.StatusCodeShouldBe(409);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Json(Entry(open, "de")).ToUrl("/api/knowledge");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);

        var entry = await Host.CreateAsync(Facilitator(), "/api/knowledge", Entry(await ResolvedCaseAsync(scene)));
        await Host.SendAsync(Coordinator(), $"/api/knowledge/{entry}/review", new { });
        var e = Entry(Guid.Empty);
        await Host.SendAsync(Facilitator(), $"/api/knowledge/{entry}/revise",
            new ReviseKnowledgeEntry(e.Title, e.Situation + " Aussi sur tablette.", e.Steps, "itsme", "login-and-identity", [], "fr"));
        (await Host.GetAsync<KnowledgeEntry>(Facilitator(), $"/api/knowledge/{entry}")).Status.ShouldBe(KnowledgeStatus.Draft);
        (await Stream(entry)).Last().Data.ShouldBeOfType<KnowledgeEntryRevised>().Content.Situation.ShouldEndWith("Aussi sur tablette.");
    }
}
