using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alba;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivingLibrary.Api.Tests.Logs;

/// <summary>
/// Real scenarios with personal data nobody could log by chance (names, contacts, sentences people wrote), then a
/// search of everything the host logged, at every level: none of it may appear (DOMAIN.md, "Privacy and dignity").
/// </summary>
[Collection(LogsCollection.Name)]
public sealed class PersonalDataInLogsTests(LogsFixture fixture)
{
    private const string Organisation = "org-logs";
    private const string Amina = "facilitator-logs";

    private static readonly string[] Personal =
    [
        "Zoltana Quibbleworth", "zoltana.quibbleworth@example.org",                  // enrolled
        "Zoltana Q. Pemberton-Ruiz", "+32 470 98 76 54",                             // her details updated
        "Ximena Oyelaran-Fitzgibbon", "0488 12 34 56",                               // the helper
        "Ma carte Belfius reste bloquee depuis le demenagement a Ougree",            // her case's goal
        "Madame Vandermeulen-Okafor", "vandermeulen.okafor@example.be",              // a visitor at the desk
        "Le visiteur veut declarer la succession de son oncle Hippolyte",            // the visitor's request
        "Nous avons paye la facture Resa de Zoltana ensemble",                       // a help session's note
        "Quelle patience, merci Ximena, je recommencerai seule",                     // the learner's feedback
        "Elle a tout compris du premier coup, elle ira loin",                        // the helper's feedback
        "Le monsieur du CPAS de Seraing m'a deja aidee l'an dernier",                // why the pairing ended
        "Je sais maintenant appeler mon petit-fils Ezechiel en video",               // a named answer
        "Demenage chez sa fille Philomene a Namur",                                  // why she left
        "Bartholomeus Wijnants-Azoulay", "bartholomeus.wijnants@example.net",        // imported
        "Оксана Прокопенко",                                                         // imported, in Cyrillic
        "Gwendolyn Achterberg-Nakamura",                                             // a refused update (409)
        "Thaddeus Okonkwo-Lindgren", "thaddeus@example.org",                         // a refused enrolment (400)
        "Persephone Lindqvist-Mbeki", "persephone.mbeki@example.com",                // a failed database command
        "Rasmus Oyelowo-Kristiansen",                                                // enrolled, then four updates at once
        "Cunegonde Vanderplasschen",                                                 // searched for, in a query string
        "Hieronymus Bakkerud-Olafsen",                                               // a body that is not even the right shape (400)
        "Hortensia Plaatjes",                                                        // typed where a date was expected (400)
    ];

    private IAlbaHost Host => fixture.Host;

    private string Token(string userId, string role) =>
        Host.Services.GetRequiredService<DevelopmentTokens>().Issue(userId, Organisation, role, TimeSpan.FromMinutes(10));

    private string Coordinator() => Token("coordinator-logs", Security.CoordinatorRole);
    private string Facilitator() => Token(Amina, Security.FacilitatorRole);

    private Task<IScenarioResult> Send(string token, Action<Scenario> configure) =>
        Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            configure(s);
        });

    [Fact]
    public async Task Nothing_personal_reaches_the_log_whatever_the_level()
    {
        await RunScenarios();

        // The sink sees the application's own categories at Trace, and Marten's failures: its silence is meaningful.
        Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LivingLibrary.Api.Participants").LogTrace("log-check-sentinel");
        var lines = fixture.Log.Lines;
        lines.ShouldContain(line => line.Contains("log-check-sentinel"));
        lines.ShouldContain(line => line.Contains("A database batch failed"), "the failed command was logged");
        lines.ShouldContain(line => line.Contains("HttpLoggingMiddleware") && line.Contains("Path: /api/knowledge"), "requests are logged, without their query");
        lines.Count.ShouldBeGreaterThan(100);

        var found = (from text in Personal
                     from form in Forms(text)
                     from line in lines
                     where line.Contains(form, StringComparison.OrdinalIgnoreCase)
                     select $"'{text}' in: {line[..Math.Min(line.Length, 400)]}").Distinct().ToList();
        found.ShouldBeEmpty(string.Join(Environment.NewLine, found.Take(10)));
    }

    /// <summary>The text as typed, as a JSON serializer escapes it (accents, Cyrillic, apostrophes, plus signs), and as a URL carries it.</summary>
    private static IEnumerable<string> Forms(string text) =>
        new[]
        {
            text, JsonSerializer.Serialize(text)[1..^1], JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            Uri.EscapeDataString(text), WebUtility.UrlEncode(text),
        }.Distinct();

    private async Task RunScenarios()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, Amina);

        // Enrolment, details, a helper and a learner.
        var zoltana = await Host.EnrolAsync(Facilitator(), group, new EnrolParticipant("Zoltana Quibbleworth", ["fr"],
            [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], "zoltana.quibbleworth@example.org", new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1), 2)));
        await Host.SendAsync(Facilitator(), $"/api/participants/{zoltana}/details", new UpdateParticipantDetails("Zoltana Q. Pemberton-Ruiz", ["fr"],
            [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], "+32 470 98 76 54"));
        var ximena = await Host.EnrolAsync(Facilitator(), group, new EnrolParticipant("Ximena Oyelaran-Fitzgibbon", ["fr"],
            [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], "0488 12 34 56", new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1))));
        await Host.OfferAsync(Facilitator(), ximena, "pay-bill-online", 6);
        await Host.AssessAsync(Facilitator(), zoltana, new DateOnly(2026, 9, 1), ("pay-bill-online", 1));
        var need = await Host.DeclareNeedAsync(Facilitator(), zoltana, "pay-bill-online", NeedPriority.High);

        // Her case, and a visitor's request at a desk.
        await Host.PostCaseAsync(Facilitator(), group, new PostCase(zoltana, "Ma carte Belfius reste bloquee depuis le demenagement a Ougree",
            "itsme", "login-and-identity", ["log-in-with-itsme"], Urgency.High, null));
        var desk = await Host.CreateAsync(Coordinator(), "/api/desks", new OpenDropInDesk("Permanence de Seraing", "Bibliotheque",
            [new WeeklyHours(DayOfWeek.Tuesday, new TimeOnly(9, 30), new TimeOnly(12, 0))], ["fr"]));
        var visitorCase = await Host.CreateAsync(Coordinator(), $"/api/desks/{desk}/requests", CaseScene.VisitorRequest() with
        {
            Pseudonym = "Madame Vandermeulen-Okafor", Contact = "vandermeulen.okafor@example.be", ConsentNotice = "notice-2026-fr",
            Goal = "Le visiteur veut declarer la succession de son oncle Hippolyte",
        });

        // A pairing with a session's note and both sides' feedback.
        await Host.SuggestAsync(Facilitator(), group);
        var pairing = await Host.StartAsync(Facilitator(), need, ximena);
        await Host.SendAsync(Facilitator(), $"/api/pairings/{pairing}/sessions",
            new LogHelpSession(ApiFixture.Today, 60, "Nous avons paye la facture Resa de Zoltana ensemble", LearnerFeeling.Confident));
        await Host.SendAsync(Facilitator(), $"/api/pairings/{pairing}/end", new EndPairing(PairingOutcome.WentWell,
            "Le monsieur du CPAS de Seraing m'a deja aidee l'an dernier", "Quelle patience, merci Ximena, je recommencerai seule",
            "Elle a tout compris du premier coup, elle ira loin"));

        // Her named answers.
        var campaign = await Host.CreateAsync(Facilitator(), $"/api/groups/{group}/campaigns", EvaluationScene.EndOfProject(AnswerMode.Named));
        var sheet = await EvaluationScene.SheetAsync(Host, Facilitator(), campaign);
        await Host.SendAsync(Facilitator(), $"/api/campaigns/{campaign}/answers",
            new RecordNamedAnswers(zoltana, EvaluationScene.AnswersTo(sheet, text: "Je sais maintenant appeler mon petit-fils Ezechiel en video"), false));

        // A CSV import with names.
        await Send(Facilitator(), s =>
        {
            s.Post.Text("displayName;contact;consentNotice;consentGivenOn\nBartholomeus Wijnants-Azoulay;bartholomeus.wijnants@example.net;notice-2026-fr;2026-09-01\n"
                + "Оксана Прокопенко;;notice-2026-fr;2026-09-01\n").ToUrl($"/api/groups/{group}/participants/import");
            s.WithRequestHeader("Content-Type", "text/csv");
            s.StatusCodeShouldBe(200);
        });

        // Refusals: 400 (a bad language beside a name and a contact) and 409 (new details for someone who left).
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new EnrolParticipant("Thaddeus Okonkwo-Lindgren", ["not a language"], [], "thaddeus@example.org",
                new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1)))).ToUrl($"/api/groups/{group}/participants");
            s.StatusCodeShouldBe(400);
        });
        await Send(Facilitator(), s =>
        {
            s.Post.Text("""{"displayName":"Hieronymus Bakkerud-Olafsen","languages":"fr","consent":{"notice":"n","givenOn":"2026-09-01"}}""")
                .ToUrl($"/api/groups/{group}/participants");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
        await Send(Facilitator(), s => s.Get.Url("/api/knowledge").QueryString("q", "Cunegonde Vanderplasschen"));
        await Send(Facilitator(), s =>
        {
            s.Get.Url($"/api/participants/{ximena}").QueryString("asOf", "Hortensia Plaatjes");
            s.StatusCodeShouldBe(400);
        });
        await Host.SendAsync(Facilitator(), $"/api/participants/{zoltana}/leave", new RecordDeparture("Demenage chez sa fille Philomene a Namur"));
        await Send(Facilitator(), s =>
        {
            s.Post.Json(new UpdateParticipantDetails("Gwendolyn Achterberg-Nakamura", ["fr"], [], null)).ToUrl($"/api/participants/{zoltana}/details");
            s.StatusCodeShouldBe(409);
        });

        // Her export, read as data and as a page; then the visitor and she are erased.
        await Send(Coordinator(), s => s.Get.Url($"/api/participants/{zoltana}/export"));
        await Send(Coordinator(), s => s.Get.Url($"/api/participants/{zoltana}/export").QueryString("format", "page"));
        Guid visitor;
        await using (var query = Host.Services.GetRequiredService<IDocumentStore>().QuerySession(Organisation))
            visitor = (await query.LoadAsync<ProblemCase>(visitorCase))!.Visitor!.VisitorId;
        await Send(Coordinator(), s => s.Get.Url($"/api/visitors/{visitor}/export").QueryString("format", "page"));
        await Host.SendAsync(Coordinator(), $"/api/visitors/{visitor}/erase", new ErasePerson(ErasureReason.Request));
        await Host.SendAsync(Coordinator(), $"/api/participants/{zoltana}/erase", new ErasePerson(ErasureReason.Request));

        // Four updates of one person at once: those that lose the race fail in PostgreSQL and are decided again.
        var rasmus = await Host.EnrolAsync(Facilitator(), group, ParticipantScenarios.NewParticipant("Rasmus Oyelowo-Kristiansen", "fr"));
        await Task.WhenAll(new[] { "II", "III", "IV", "V" }.Select(suffix => Send(Facilitator(), s =>
        {
            s.Post.Json(new UpdateParticipantDetails($"Rasmus Oyelowo-Kristiansen {suffix}", ["fr"], [], null)).ToUrl($"/api/participants/{rasmus}/details");
            s.IgnoreStatusCode();
        })));

        // A command that fails in PostgreSQL for certain: a second enrolment stream under an id that exists.
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(Organisation);
        session.Events.StartStream<Participant>(ximena, new ParticipantEnrolled(ximena, group,
            new PersonalDetails("Persephone Lindqvist-Mbeki", "persephone.mbeki@example.com"), ["fr"], [], new Consent("notice-2026-fr", ApiFixture.Today)));
        await Should.ThrowAsync<Exception>(() => session.SaveChangesAsync());
    }
}
