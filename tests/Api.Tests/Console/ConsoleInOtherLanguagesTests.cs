using System.Net;
using System.Text.RegularExpressions;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Localisation;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Api.Tests.Privacy;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// Every console page a coordinator and a facilitator reach by links, in French and in Dutch, with every form on it posted
/// empty and with wrong values: no sentence of the English catalogue shows (docs/adr/0020). What the domain says reaches
/// a page only as a code the catalogue words in the page's language.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class ConsoleInOtherLanguagesTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory, InlineData("fr"), InlineData("nl")]
    public async Task No_console_page_shows_a_sentence_of_the_english_catalogue(string language)
    {
        await PrivacyScene.SetUp(Host, Coordinator());
        var english = EnglishOnly(language);
        var found = new List<string>();
        var problems = new List<string>();
        var pages = 0;
        var forms = 0;
        foreach (var client in new[]
                 {
                     await ConsoleClient.SignInAsync(Host, "coordinator-1", OrgA, Security.CoordinatorRole, language),
                     await ConsoleClient.SignInAsync(Host, "facilitator-1", OrgA, Security.FacilitatorRole, language),
                 })
        {
            foreach (var (url, page) in await HostileFormsTests.CrawlAsync(client, problems))
            {
                pages++;
                Check($"GET {url}", page);
                foreach (var (action, token, names) in HostileFormsTests.FormsOn(url, page))
                {
                    forms++;
                    foreach (var value in new[] { "", "x", "-1", "2026-02-30" })
                    {
                        var answer = await client.PostAsync(action, [.. names.Select(n => (n, value)), ("__RequestVerificationToken", token)]);
                        Check($"POST {action} (every field '{value}')", answer);
                    }
                }
            }
        }

        pages.ShouldBeGreaterThanOrEqualTo(20);
        forms.ShouldBeGreaterThanOrEqualTo(10);
        found.Count.ShouldBe(0, string.Join(Environment.NewLine, found.Distinct().Take(30)));

        void Check(string where, ConsoleAnswer answer)
        {
            if (answer.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) return;
            // What a page marks as written in another language is meant so (a sheet or slips to print in English).
            var body = (AngleSharp.Dom.IElement)answer.Document.Body!.Clone(true);
            foreach (var other in body.QuerySelectorAll("[lang]").Where(e => e.GetAttribute("lang") != language).ToList()) other.Remove();
            var text = Spaces().Replace(body.TextContent, " ");
            found.AddRange(english.Where(sentence => text.Contains(sentence, StringComparison.OrdinalIgnoreCase)).Select(sentence => $"{where}: \"{sentence}\""));
        }
    }

    [Theory, InlineData("nl"), InlineData("fr")]
    public async Task A_refusal_the_api_answers_a_page_in_process_is_worded_in_the_pages_language_from_its_codes(string language)
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var id = await Host.ProposeAsync(Facilitator(PairingScene.Facilitator), new ProposePairing(null, scene.JeanNeed, scene.Lucie));
        await Host.AcceptAsync(Facilitator(PairingScene.Facilitator), id, Party.Learner);
        await Host.AcceptAsync(Facilitator(PairingScene.Facilitator), id, Party.Helper);
        var facilitator = await ConsoleClient.SignInAsync(Host, PairingScene.Facilitator, OrgA, Security.FacilitatorRole, "en");
        (await facilitator.GetAsync($"/console?language={language}")).Status.ShouldBe(HttpStatusCode.Redirect);
        var before = await EventCount();

        var refused = await facilitator.SubmitAsync($"/console/pairings/{id}", "Session", ("heldOn", ApiFixture.Today.ToString("yyyy-MM-dd")),
            ("durationMinutes", "0"), ("workedOn", "x"), ("learnerFelt", "fine"));

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorOf("durationMinutes").ShouldBe(TestCatalogue.SayBeside(Says.SessionMinutes(PairingRules.MaxSessionMinutes), language));
        (await EventCount()).ShouldBe(before);
    }

    /// <summary>
    /// The English catalogue's sentences, as the parts between its arguments of two words or more, that the other
    /// language's catalogue does not use itself (a name such as "DigComp" is the same in every language).
    /// </summary>
    private static IReadOnlyList<string> EnglishOnly(string language)
    {
        var theirs = string.Join("\n", TestCatalogue.Texts(language).Values);
        return [.. TestCatalogue.Texts("en").Values
            .SelectMany(text => Argument().Split(text))
            .Select(part => Spaces().Replace(part, " ").Trim(' ', ',', ':', '.', '(', ')', ';'))
            .Where(part => part.Split(' ').Length >= 2 && part.Length >= 8 && !theirs.Contains(part, StringComparison.OrdinalIgnoreCase))
            .Distinct()];
    }

    [GeneratedRegex(@"\{[A-Za-z]+(:[a-z]+)?\}")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
