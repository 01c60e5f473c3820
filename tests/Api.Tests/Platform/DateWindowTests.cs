using System.Text;
using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// Dates have a plausible window, written in one place (<see cref="Dates"/>, docs/adr/0019): what happened lies between
/// 2000-01-01 and today (the host's clock), what is planned at most a few years ahead. Outside it, a 400 names the field
/// and the window, and nothing is appended.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DateWindowTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "consent", """{"notice":"notice-2026-fr","givenOn":"9999-12-31"}""" },
        { "assessments", """{"source":"selfAssessed","assessedOn":"9999-12-31","intake":false,"levels":[{"skill":"1.1","level":8}]}""" },
        { "assessments", """{"source":"observedByFacilitator","assessedOn":"0001-01-01","intake":false,"levels":[{"skill":"1.1","level":2}]}""" },
        { "needs", """{"skill":"log-in-with-itsme","priority":"high","deadline":"2099-01-01"}""" },
        { "consent/withdraw", """{"on":"1999-12-31"}""" },
    };

    [Theory, MemberData(nameof(Refused))]
    public async Task A_date_out_of_its_window_is_refused_naming_the_field_and_the_window(string route, string body)
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Text(body).ToUrl($"/api/participants/{scene.Samira}/{route}");
            s.ConfigureHttpContext(c => c.Request.ContentType = "application/json");
            s.StatusCodeShouldBe(400);
        });

        var problem = (await result.ReadAsJsonAsync<ValidationProblem>())!;
        problem.Errors.Count.ShouldBe(1);
        problem.Errors.Single().Value.ShouldContain(m => m.Contains(Dates.Earliest.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))));
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_self_assessment_dated_in_the_future_cannot_outrank_a_later_real_observation()
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordAssessment(AssessmentSource.SelfAssessed, null, new DateOnly(9999, 12, 31), false, [new AssessedLevel("1.1", 8)]))
                .ToUrl($"/api/participants/{scene.Jean}/assessments");
            s.StatusCodeShouldBe(400);
        });
        await Host.AssessAsync(Coordinator(), scene.Jean, ApiFixture.Today, ("1.1", 2));

        var profile = await Host.GetAsync<LivingLibrary.Api.Participants.ParticipantProfile>(Coordinator(), $"/api/participants/{scene.Jean}");
        profile.Participant.Levels["1.1"].Level.ShouldBe(2);
    }

    [Fact]
    public async Task A_csv_import_with_a_consent_dated_9999_is_refused_on_its_line()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Text("displayName,consentNotice,consentGivenOn\nSamira,notice-2026-fr,31/12/9999\n").ToUrl($"/api/groups/{group}/participants/import");
            s.ConfigureHttpContext(c => c.Request.ContentType = "text/csv");
            s.StatusCodeShouldBe(400);
        });

        var report = (await result.ReadAsJsonAsync<LivingLibrary.Api.Import.ImportReport>())!;
        report.Errors.ShouldHaveSingleItem().Field.ShouldBe("consentGivenOn");
        (await EventCount()).ShouldBe(before);
    }
}
