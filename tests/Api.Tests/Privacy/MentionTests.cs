using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Advocacy;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>Where someone else wrote about Zélie: the scenes of what survived her erasure.</summary>
public enum Mention
{
    /// <summary>A knowledge entry written "as for Zélie Quennehen", one left as a draft, one published and shared with a network.</summary>
    KnowledgeEntries,

    /// <summary>An exchange session held on "Zélie Quennehen's itsme", which Samira attended.</summary>
    ExchangeSessionTheme,

    /// <summary>A request on Samira's record sent with "Zelie.Quennehen" as its correlation id, and one stored before ids were checked.</summary>
    CorrelationId,

    /// <summary>A note in Samira's case naming her by her first name only.</summary>
    FirstNameInAnotherCase,

    /// <summary>A note in Jean's case naming her by the name she had before she was renamed.</summary>
    OldNameInAnotherCase,

    /// <summary>A demand to a service provider whose title and text name her.</summary>
    AdvocacyPoint,
}

/// <summary>
/// Erasure finds every mention (docs/adr/0014): whoever wrote it and wherever, a text naming the person by any name they
/// had, their contact, or their first name alone (when no one else of the organisation has it) is masked, in the events
/// and in every document folded from them, and no route shows it any more, the exports of other people included.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class MentionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData(Mention.KnowledgeEntries)]
    [InlineData(Mention.ExchangeSessionTheme)]
    [InlineData(Mention.CorrelationId)]
    [InlineData(Mention.FirstNameInAnotherCase)]
    [InlineData(Mention.OldNameInAnotherCase)]
    [InlineData(Mention.AdvocacyPoint)]
    public async Task A_mention_of_an_erased_person_written_by_someone_else_is_masked_everywhere_it_shows(Mention mention)
    {
        var scene = await ZelieScene.SetUp(Host, Coordinator());
        var (written, views) = await WriteAsync(mention, scene);
        (await DatabaseDump.HoldingAsync(written, Database)).ShouldBe(written, "the scene wrote it");
        foreach (var (view, token) in views) DatabaseDump.FormsIn(await Text(token, view), [written[0]]).ShouldNotBeEmpty($"{view} shows it before");

        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Zelie}/erase", new ErasePerson(ErasureReason.Request));
        await ViewsCaughtUp();

        (await DatabaseDump.HoldingAnyFormOfAsync(ZelieScene.Names, Database)).ShouldBeEmpty();
        foreach (var (view, token) in views) DatabaseDump.FormsIn(await Text(token, view), ZelieScene.Names).ShouldBeEmpty(view);
    }

    /// <summary>Writes the mention; returns what was written and the routes (with who may read them) that showed it.</summary>
    private async Task<(string[] Written, (string View, string Token)[] Views)> WriteAsync(Mention mention, ZelieScene scene)
    {
        var coordinator = Coordinator();
        switch (mention)
        {
            case Mention.KnowledgeEntries:
                var draft = await Host.CreateAsync(coordinator, "/api/knowledge", Entry(await ResolvedCaseAsync(scene.Samira, scene)));
                var shared = await Host.CreateAsync(coordinator, "/api/knowledge", Entry(await ResolvedCaseAsync(scene.Jean, scene)));
                await Host.SendAsync(Coordinator(OrgA, "coordinator-2"), $"/api/knowledge/{shared}/review", new { });
                await Host.SendAsync(coordinator, $"/api/knowledge/{shared}/publish", new { });
                var network = await Host.CreateAsync(coordinator, "/api/networks", new FoundNetwork("Réseau des EPN"));
                await Host.SendAsync(coordinator, $"/api/knowledge/{shared}/share", new ShareKnowledgeEntry(network));
                return (["Comme pour Zélie Quennehen", "zelie.quennehen@example.org"],
                [
                    ("/api/knowledge?status=draft", coordinator), ($"/api/knowledge/{draft}", coordinator), ($"/api/knowledge/{shared}", coordinator),
                    ($"/api/networks/{network}/knowledge", coordinator),
                ]);
            case Mention.ExchangeSessionTheme:
                var session = await Host.CreateAsync(coordinator, $"/api/groups/{scene.Group.Group}/exchange-sessions",
                    new HoldExchangeSession(ApiFixture.Today, [scene.Samira, scene.Jean], "L'itsme de Zélie Quennehen"));
                return (["L'itsme de Zélie Quennehen"],
                [
                    ($"/api/exchange-sessions/{session}", coordinator), ($"/api/groups/{scene.Group.Group}/exchange-sessions", coordinator),
                    ($"/api/participants/{scene.Samira}/export", coordinator),
                ]);
            case Mention.CorrelationId:
                await Send(coordinator, s =>
                {
                    s.Post.Json(new UpdateParticipantDetails("Samira", ["ar", "fr"], null, "0470 98 76 54")).ToUrl($"/api/participants/{scene.Samira}/details");
                    s.WithRequestHeader("X-Correlation-ID", "Zelie.Quennehen");
                });
                // As a request stored it before correlation ids had to be plain ids.
                await Sql<long>($"with stored as (update {Store.Options.Events.DatabaseSchemaName}.mt_events set correlation_id = 'Zelie-Quennehen-intake', " +
                    "causation_id = 'Zelie-Quennehen-intake' where stream_id = @samira and version = 1 returning 1) select count(*) from stored", ("samira", scene.Samira));
                return (["Zelie-Quennehen-intake"], [($"/api/participants/{scene.Samira}/export", coordinator)]);
            case Mention.FirstNameInAnotherCase:
                var samiras = await Host.PostCaseAsync(coordinator, scene.Group.Group, CaseScene.ItsmeCase(scene.Samira));
                await Host.SendAsync(coordinator, $"/api/cases/{samiras}/accompaniments", CaseScene.Accompaniment() with { Note = "ZÉLIE lui a montré l'application" });
                return (["ZÉLIE lui a montré"],
                [
                    ($"/api/cases/{samiras}", coordinator), ($"/api/cases/{samiras}/timeline", coordinator), ($"/api/participants/{scene.Samira}/export", coordinator),
                ]);
            case Mention.OldNameInAnotherCase:
                var jeans = await Host.PostCaseAsync(coordinator, scene.Group.Group, CaseScene.ItsmeCase(scene.Jean));
                await Host.SendAsync(coordinator, $"/api/cases/{jeans}/accompaniments", CaseScene.Accompaniment() with
                {
                    Note = "Zelie Martin a appelé pour lui", Steps = ["Rappeler Zélie Martin (zelie.martin@example.org) jeudi"],
                });
                return (["Zelie Martin a appelé", "zelie.martin@example.org"],
                    [($"/api/cases/{jeans}", coordinator), ($"/api/participants/{scene.Jean}/export", coordinator)]);
            case Mention.AdvocacyPoint:
                var point = await Host.CreateAsync(coordinator, "/api/advocacy", new DraftAdvocacyPoint("Le cas de Zélie Quennehen",
                    "Que Zélie Quennehen et les autres puissent activer itsme sans carte bancaire belge.", "itsme", "login-and-identity", "2026-06", "2026-11", null));
                return (["Le cas de Zélie Quennehen", "Que Zélie Quennehen et les autres"], [($"/api/advocacy/{point}", coordinator), ("/api/advocacy", coordinator)]);
            default:
                throw new ArgumentOutOfRangeException(nameof(mention));
        }
    }

    private static DraftKnowledgeEntry Entry(Guid resolved) =>
        new(resolved, "Comme pour Zélie Quennehen: réactiver itsme", "Zélie Quennehen avait changé de téléphone; écrire à zelie.quennehen@example.org.",
            ["Ouvrir itsme", "Faire comme Zélie: choisir « nouvel appareil »"], null, null, null, "fr");

    private async Task<Guid> ResolvedCaseAsync(Guid participant, ZelieScene scene)
    {
        var resolved = await Host.PostCaseAsync(Coordinator(), scene.Group.Group, CaseScene.ItsmeCase(participant));
        await Host.SendAsync(Coordinator(), $"/api/cases/{resolved}/resolve", new ResolveCase(["Réactivation"], Autonomy.DoneTogether, null));
        return resolved;
    }

    private async Task<string> Text(string token, string url) => await (await Send(token, s => s.Get.Url(url))).ReadAsTextAsync();
}
