using Alba;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.Tests.Cases;

[Collection(CasesCollection.Name)]
public sealed class ReferralTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Partners_are_suggested_for_a_case_best_first_each_with_its_reasons_and_a_deactivated_one_is_not()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var counter = await Host.CreateAsync(Coordinator(), "/api/partners", new ListPartner(CaseScene.ItsmePartner("Guichet itsme de la commune") with
        {
            Kind = PartnerKind.PublicServiceCounter, Languages = ["nl"], Areas = [], Difficulties = [],
        }));
        await Host.CreateAsync(Coordinator(), "/api/partners", new ListPartner(CaseScene.ItsmePartner("Aide juridique") with
        {
            Kind = PartnerKind.LegalAid, Services = ["housing"], Difficulties = ["language-or-jargon"],
        }));
        var caseId = await Host.CreateAsync(Facilitator(CaseScene.DeskWorker), $"/api/desks/{scene.Desk}/requests",
            CaseScene.VisitorRequest() with { Service = "itsme", Difficulty = "login-and-identity" });

        var suggestions = await Host.GetAsync<IReadOnlyList<Suggested>>(Facilitator(CaseScene.DeskWorker), $"/api/cases/{caseId}/partner-suggestions?language=en");

        suggestions.Select(s => s.PartnerId).ShouldBe([scene.Partner, counter]);
        suggestions[0].Reasons.ShouldBe(["handles itsme", "helps with logging in and identity", "speaks French and Arabic", "serves 1080"]);
        suggestions[0].ReasonCodes.Select(r => r.Code).ShouldBe(["handles-service", "helps-with-difficulty", "speaks", "serves-area"]);
        suggestions[0].ReasonCodes[2].Arg("languages").ShouldBe("""["fr","ar"]""");
        suggestions[1].Reasons.ShouldBe(["handles itsme"]);

        await Host.SendAsync(Coordinator(), $"/api/partners/{scene.Partner}/deactivate", new DeactivatePartner(null));
        (await Host.GetAsync<IReadOnlyList<Suggested>>(Coordinator(), $"/api/cases/{caseId}/partner-suggestions"))
            .Select(s => s.PartnerId).ShouldBe([counter]);
        (await Host.GetAsync<IReadOnlyList<Partner>>(Coordinator(), "/api/partners?includeInactive=true")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_directory_is_the_coordinators_to_change_and_partners_are_reactivated_never_deleted()
    {
        var scene = await CaseScene.SetUp(Host, Coordinator());
        var before = await EventCount();
        await Send(Facilitator(CaseScene.Facilitator), s =>
        {
            s.Post.Json(new ListPartner(CaseScene.ItsmePartner())).ToUrl("/api/partners");
            s.StatusCodeShouldBe(403);
        });
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new ListPartner(CaseScene.ItsmePartner() with { Services = ["netflix"] })).ToUrl("/api/partners");
            s.StatusCodeShouldBe(400);
        });
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/partners/{scene.Partner}/deactivate", new DeactivatePartner("Déménagement"));
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/partners/{scene.Partner}/reactivate");
            s.StatusCodeShouldBe(200);
        });
        await Host.SendAsync(Coordinator(), $"/api/partners/{scene.Partner}/change", new ChangePartner(CaseScene.ItsmePartner("EPN Molenbeek-Centre")));

        (await Stream(scene.Partner)).Select(e => e.Data.GetType()).ShouldBe(
            [typeof(PartnerListed), typeof(PartnerDeactivated), typeof(PartnerReactivated), typeof(PartnerDetailsChanged)]);
    }

    private sealed record Suggested(Guid PartnerId, IReadOnlyList<string> Reasons, IReadOnlyList<Coded> ReasonCodes);
}
