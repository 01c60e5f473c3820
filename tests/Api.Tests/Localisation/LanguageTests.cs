using System.Net.Http.Json;
using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Tests.Localisation;

/// <summary>
/// The API answers in the request's language (docs/adr/0020): <c>Accept-Language</c>, <c>?language=</c> before it, French
/// without either; problems, pairing explanations, unmatched reasons and partner reasons alike, with the same codes in
/// every language.
/// </summary>
public sealed class LanguageTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<IScenarioResult> Weights(string acceptLanguage, string? query = null) =>
        Send(Coordinator(), s =>
        {
            s.WithRequestHeader("Accept-Language", acceptLanguage);
            var put = s.Put.Json(new PairingWeights { NeedMet = 0 }).ToUrl("/api/pairing-weights");
            if (query is not null) put.QueryString("language", query);
            s.StatusCodeShouldBe(400);
        });

    [Fact]
    public async Task Accept_language_nl_gives_a_dutch_problem_with_the_same_codes()
    {
        var dutch = (await (await Weights("nl-BE,nl;q=0.9,en;q=0.5")).ReadAsJsonAsync<ValidationProblem>())!;
        var english = (await (await Weights("en")).ReadAsJsonAsync<ValidationProblem>())!;

        dutch.Title.ShouldBe("Sommige velden zijn ongeldig.");
        dutch.Detail.ShouldBe("Het verzoek bevat ongeldige velden.");
        dutch.Errors["needMet"].ShouldBe(["moet tussen 1 en 1000 liggen."]);
        english.Errors["needMet"].ShouldBe(["must be from 1 to 1000."]);
        dutch.Code.ShouldBe("invalid-fields");
        dutch.ErrorCodes!["needMet"].ShouldHaveSingleItem().Code.ShouldBe("from-to");
        dutch.ErrorCodes["needMet"][0].Arg("max").ShouldBe("1000");
        english.Code.ShouldBe(dutch.Code);
        english.ErrorCodes!["needMet"].Select(c => c.Code).ShouldBe(dutch.ErrorCodes["needMet"].Select(c => c.Code));

        var missing = await Send(Coordinator(), s =>
        {
            s.WithRequestHeader("Accept-Language", "nl");
            s.Get.Url($"/api/groups/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
        });
        var notFound = (await missing.ReadAsJsonAsync<ValidationProblem>())!;
        (notFound.Title, notFound.Detail, notFound.Code).ShouldBe(("Niet gevonden.", "Deze groep bestaat niet.", "no-such-group"));
        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task The_query_wins_over_accept_language_and_french_is_the_default()
    {
        (await (await Weights("nl", "en")).ReadAsJsonAsync<ValidationProblem>())!.Errors["needMet"].ShouldBe(["must be from 1 to 1000."]);
        using var noLanguage = Host.Server.CreateClient(); // not a scenario: those ask for English unless told
        noLanguage.DefaultRequestHeaders.Authorization = new("Bearer", Coordinator());
        var french = await noLanguage.PutAsJsonAsync("/api/pairing-weights", new PairingWeights { NeedMet = 0 });
        (await french.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors["needMet"].ShouldBe(["doit être compris entre 1 et 1000."]);
        (await (await Weights("tr, de;q=0.8")).ReadAsJsonAsync<ValidationProblem>())!.Title.ShouldBe("Certains champs ne sont pas valables.");
    }

    [Fact]
    public async Task Accept_language_nl_gives_dutch_pairing_explanations_and_unmatched_reasons()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var answer = await Send(Facilitator(PairingScene.Facilitator), s =>
        {
            s.WithRequestHeader("Accept-Language", "nl");
            s.Post.Json(new SuggestPairings([scene.Group], null, null, null)).ToUrl("/api/pairings/suggestions");
        });
        var suggestion = (await answer.ReadAsJsonAsync<SuggestionView>())!;

        var pair = suggestion.Pairs.ShouldHaveSingleItem();
        pair.Explanation.ShouldStartWith(pair.HelperId == scene.Samira ? "Samira kan Jean helpen met " : "Lucie kan Jean helpen met ");
        pair.Explanation.ShouldContain("spreken allebei Frans");
        pair.ExplanationCode.Code.ShouldBe("can-help");
        pair.Lines.ShouldAllBe(line => line.Words.Length > 0);
        var unmatched = suggestion.Unmatched.ShouldHaveSingleItem();
        unmatched.Explanation.ShouldContain("Hüseyin");
        unmatched.Explanation.ShouldContain("niemand");

        var again = (await (await Send(Coordinator(), s =>
        {
            s.WithRequestHeader("Accept-Language", "fr");
            s.Get.Url($"/api/pairings/suggestions/{suggestion.SuggestionId}?language=nl");
        })).ReadAsJsonAsync<SuggestionView>())!;
        again.Pairs.Single().Explanation.ShouldBe(pair.Explanation);
        again.Unmatched.Single().Explanation.ShouldBe(unmatched.Explanation);
    }

    [Fact]
    public async Task Accept_language_nl_gives_dutch_partner_reasons()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var caseId = await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests",
            CaseScene.VisitorRequest() with { Service = "itsme", Difficulty = "login-and-identity" });

        var answer = await Send(Facilitator(CaseScene.DeskWorker), s =>
        {
            s.WithRequestHeader("Accept-Language", "nl");
            s.Get.Url($"/api/cases/{caseId}/partner-suggestions");
        });
        var suggested = (await answer.ReadAsJsonAsync<IReadOnlyList<Suggested>>())!.ShouldHaveSingleItem();

        suggested.ReasonCodes.Select(r => r.Code).ShouldBe(["handles-service", "helps-with-difficulty", "speaks", "serves-area"]);
        suggested.Reasons[0].ShouldBe("helpt met itsme");
        suggested.Reasons[2].ShouldBe("spreekt Frans en Arabisch");
    }

    private sealed record Suggested(Guid PartnerId, IReadOnlyList<string> Reasons, IReadOnlyList<Coded> ReasonCodes);
}

/// <summary>The OpenAPI document describes what a problem carries beside RFC 9457's members (docs/adr/0020).</summary>
public sealed class ProblemContractTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_document_describes_code_args_and_error_codes_on_the_problem()
    {
        var schemas = (await Contract.OpenApiContract.ReadAsync(Host)).Document["components"]!["schemas"]!;

        var problem = schemas["ProblemDetails"]!["properties"]!;
        problem["code"]!["type"]!.ToString().ShouldContain("string");
        problem["args"]!["type"]!.ToString().ShouldContain("object");
        var invalid = schemas["HttpValidationProblemDetails"]!["properties"]!;
        invalid["code"].ShouldNotBeNull();
        var coded = invalid["errorCodes"]!["additionalProperties"]!["items"]!;
        coded["required"]!.AsArray().Select(n => n!.ToString()).ShouldBe(["code", "args"], ignoreOrder: true);
    }
}
