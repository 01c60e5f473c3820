using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Participants;

/// <summary>A participant is reached through their group: other organisations and other groups' facilitators get 404.</summary>
public sealed class ParticipantIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string> ParticipantRoutes() =>
    [
        "GET /api/participants/{id}",
        "GET /api/participants/{id}/export",
        "GET /api/participants/{id}/export?format=page",
        "POST /api/participants/{id}/details",
        "POST /api/participants/{id}/consent",
        "POST /api/participants/{id}/consent/withdraw",
        "POST /api/participants/{id}/move",
        "POST /api/participants/{id}/leave",
        "POST /api/participants/{id}/assessments",
        "POST /api/participants/{id}/offers",
        "POST /api/participants/{id}/offers/1.1/review",
        "DELETE /api/participants/{id}/offers/1.1",
        "POST /api/participants/{id}/needs",
        "DELETE /api/participants/{id}/needs/{need}",
        "GET /api/groups/{group}/participants",
        "GET /api/groups/{group}/catalogue",
        "GET /api/groups/{group}/skill-map",
        "POST /api/groups/{group}/participants",
        "POST /api/groups/{group}/participants/import",
    ];

    [Theory, MemberData(nameof(ParticipantRoutes))]
    public async Task A_coordinator_of_another_organisation_gets_404_and_changes_nothing(string route)
    {
        var (group, participant, need) = await ASetUpParticipant();
        var before = await EventCount();

        await Send(Coordinator(OrgB), s => { Call(s, route, group, participant, need); s.StatusCodeShouldBe(404); });

        (await EventCount()).ShouldBe(before);
    }

    [Theory, MemberData(nameof(ParticipantRoutes))]
    public async Task A_facilitator_of_another_group_gets_404_and_changes_nothing(string route)
    {
        var (group, participant, need) = await ASetUpParticipant();
        var before = await EventCount();

        await Send(Facilitator("facilitator-2"), s => { Call(s, route, group, participant, need); s.StatusCodeShouldBe(404); });

        (await EventCount()).ShouldBe(before);
    }

    [Theory]
    [InlineData("/api/catalogue")]
    [InlineData("/api/skill-map")]
    public async Task The_organisation_views_are_the_coordinators(string url)
    {
        await Send(Facilitator("facilitator-1"), s => { s.Get.Url(url); s.StatusCodeShouldBe(403); });
    }

    private async Task<(Guid Group, Guid Participant, Guid Need)> ASetUpParticipant()
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), group, "facilitator-1");
        var target = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Target"));
        await Host.AssignAsync(Coordinator(), target, "facilitator-2");
        var participant = await Host.EnrolAsync(Facilitator("facilitator-1"), group);
        await Host.OfferAsync(Coordinator(), participant, "1.1", 6);
        var need = await Host.DeclareNeedAsync(Coordinator(), participant, "4.2");
        _target = target;
        return (group, participant, need);
    }

    private Guid _target;

    private void Call(Scenario s, string route, Guid group, Guid participant, Guid need)
    {
        var parts = route.Split(' ');
        var url = parts[1].Replace("{id}", participant.ToString()).Replace("{group}", group.ToString()).Replace("{need}", need.ToString());
        object body = url.Split('/').Last() switch
        {
            "details" => new UpdateParticipantDetails("Taken", ["fr"], [], null),
            "consent" => new RecordConsent("n", new DateOnly(2026, 1, 1)),
            "withdraw" => new WithdrawConsent(null),
            "move" => new MoveParticipant(_target),
            "leave" => new RecordDeparture(null),
            "assessments" => new RecordAssessment(AssessmentSource.SelfAssessed, null, new DateOnly(2026, 9, 1), false, [new AssessedLevel("1.1", 2)]),
            "offers" => new OfferHelp("1.2", 5),
            "review" => new ReviewHelpOffer(4),
            "needs" => new DeclareLearningNeed("1.3", NeedPriority.High, null),
            "participants" => ParticipantScenarios.NewParticipant("Intruder"),
            _ => new { },
        };
        switch (parts[0])
        {
            case "GET": s.Get.Url(url); break;
            case "DELETE": s.Delete.Url(url); break;
            default:
                if (url.EndsWith("/import"))
                {
                    s.Post.Text("displayName;consentNotice;consentGivenOn\nX;n;2026-09-01\n").ToUrl(url);
                    s.WithRequestHeader("Content-Type", "text/csv");
                }
                else s.Post.Json(body).ToUrl(url);
                break;
        }
    }
}
