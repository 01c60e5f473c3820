using Alba;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Pairings;

/// <summary>A group with two helpers who can help with paying a bill online, and learners who need help.</summary>
public sealed record PairingScene(Guid Group, Guid Samira, Guid Lucie, Guid Jean, Guid JeanNeed, Guid Huseyin, Guid HuseyinNeed)
{
    public const string Facilitator = "facilitator-1";

    public static async Task<PairingScene> SetUp(IAlbaHost host, string coordinator, string facilitator)
    {
        var group = await host.CreateGroupAsync(coordinator);
        await host.AssignAsync(coordinator, group, Facilitator);
        var samira = await host.EnrolAsync(facilitator, group, ParticipantScenarios.NewParticipant("Samira", "ar", "fr"));
        var lucie = await host.EnrolAsync(facilitator, group, ParticipantScenarios.NewParticipant("Lucie", "fr"));
        var jean = await host.EnrolAsync(facilitator, group, ParticipantScenarios.NewParticipant("Jean", "fr"));
        var huseyin = await host.EnrolAsync(facilitator, group, ParticipantScenarios.NewParticipant("Hüseyin", "tr"));
        await host.OfferAsync(facilitator, samira, "pay-bill-online", 5);
        await host.OfferAsync(facilitator, lucie, "pay-bill-online", 6);
        await host.AssessAsync(facilitator, jean, new DateOnly(2026, 9, 1), ("pay-bill-online", 1));
        var jeanNeed = await host.DeclareNeedAsync(facilitator, jean, "pay-bill-online", NeedPriority.High);
        var huseyinNeed = await host.DeclareNeedAsync(facilitator, huseyin, "log-in-with-itsme", NeedPriority.High);
        return new PairingScene(group, samira, lucie, jean, jeanNeed, huseyin, huseyinNeed);
    }
}

public static class PairingScenarios
{
    public static async Task<SuggestionView> SuggestAsync(this IAlbaHost host, string token, params Guid[] groups)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new SuggestPairings(groups, null, null, null)).ToUrl("/api/pairings/suggestions");
        });
        return (await result.ReadAsJsonAsync<SuggestionView>())!;
    }

    public static async Task<Guid> ProposeAsync(this IAlbaHost host, string token, ProposePairing proposal)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(proposal).ToUrl("/api/pairings");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<PairingCreated>())!.Id;
    }

    public static Task AcceptAsync(this IAlbaHost host, string token, Guid pairing, Party party) =>
        host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new AcceptPairing(party)).ToUrl($"/api/pairings/{pairing}/accept");
        });

    /// <summary>Proposes a pair of the facilitator's own and has both accept it.</summary>
    public static async Task<Guid> StartAsync(this IAlbaHost host, string token, Guid needId, Guid helperId)
    {
        var pairing = await host.ProposeAsync(token, new ProposePairing(null, needId, helperId));
        await host.AcceptAsync(token, pairing, Party.Learner);
        await host.AcceptAsync(token, pairing, Party.Helper);
        return pairing;
    }
}
