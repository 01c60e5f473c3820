using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Api.Tests.Pairings;

/// <summary>A pairing is reached through the learner's group: other organisations and other groups' facilitators get 404.</summary>
public sealed class PairingIsolationTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string> PairingRoutes() =>
    [
        "GET /api/pairings/{id}",
        "GET /api/pairings/{id}/history",
        "POST /api/pairings/{id}/accept",
        "POST /api/pairings/{id}/decline",
        "POST /api/pairings/{id}/withdraw",
        "POST /api/pairings/{id}/sessions",
        "POST /api/pairings/{id}/end",
        "POST /api/pairings/{id}/sessions/{id}/correct",
        "POST /api/pairings/{id}/sessions/{id}/void",
        "GET /api/groups/{group}/pairings",
        "GET /api/groups/{group}/helper-load",
        "GET /api/groups/{group}/unmatched-needs",
        "GET /api/participants/{learner}/pairings",
        "POST /api/participants/{helper}/capacity",
        "POST /api/pairings",
    ];

    [Theory, MemberData(nameof(PairingRoutes))]
    public async Task Another_organisations_coordinator_and_another_groups_facilitator_get_404_and_change_nothing(string route)
    {
        var scene = await PairingScene.SetUp(Host, Coordinator(), Facilitator(PairingScene.Facilitator));
        var pairing = await Host.ProposeAsync(Facilitator(PairingScene.Facilitator), new ProposePairing(null, scene.JeanNeed, scene.Samira));
        await Host.AcceptAsync(Facilitator(PairingScene.Facilitator), pairing, Party.Learner);
        var before = await EventCount();

        foreach (var token in new[] { Coordinator(OrgB), Facilitator("facilitator-2") })
            await Send(token, s =>
            {
                var parts = route.Split(' ');
                var url = parts[1].Replace("{id}", pairing.ToString()).Replace("{group}", scene.Group.ToString())
                    .Replace("{learner}", scene.Jean.ToString()).Replace("{helper}", scene.Samira.ToString());
                object body = url.Split('/').Last() switch
                {
                    "accept" => new AcceptPairing(Party.Helper),
                    "decline" => new DeclinePairing(Party.Helper, null),
                    "withdraw" => new WithdrawPairing(null),
                    "sessions" => new LogHelpSession(ApiFixture.Today, 30, "x", LearnerFeeling.Fine),
                    "end" => new EndPairing(PairingOutcome.WentWell, null, null, null),
                    "capacity" => new SetHelpCapacity(5),
                    "correct" => new CorrectHelpSession(ApiFixture.Today, 30, "x", LearnerFeeling.Fine, CorrectionReason.Duplicate, null),
                    "void" => new VoidHelpSession(CorrectionReason.Duplicate, null),
                    _ => new ProposePairing(null, scene.HuseyinNeed, scene.Lucie),
                };
                if (parts[0] == "GET") s.Get.Url(url);
                else s.Post.Json(body).ToUrl(url);
                s.StatusCodeShouldBe(404);
            });

        (await EventCount()).ShouldBe(before);
    }
}
