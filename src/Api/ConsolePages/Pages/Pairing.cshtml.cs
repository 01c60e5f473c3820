using LivingLibrary.Api.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// One pairing (GET /api/pairings/{id}): both people's answers (accept, decline), the facilitator's withdrawal, help
/// sessions and the end, each sent through the API's own endpoint (docs/adr/0022).
/// </summary>
public sealed class PairingModel : ConsolePage
{
    public Pairing Pairing { get; private set; } = null!;
    public Group? Group { get; private set; }
    public string LearnerName { get; private set; } = "";
    public string HelperName { get; private set; } = "";
    public string Subject { get; private set; } = "";

    /// <summary>Why the pair was proposed, in the person's language; a pairing proposed before its facts were kept has English words.</summary>
    public string Explanation { get; private set; } = "";
    public bool Saved { get; private set; }

    /// <summary>What the two people recorded themselves in their own space, as the API shows it.</summary>
    public ByThemselves ByThemselves { get; private set; } = new([], []);

    /// <summary>The form that came back refused: accept, decline, withdraw or session (ending asks on a page of its own).</summary>
    public string? Posted { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid pairingId)
    {
        if (await Query.LoadAsync<Pairing>(pairingId) is not { } pairing) return NotFound();
        if (Refused(await Query.MayActOnAsync(pairing, User)) is { } refused) return refused;
        Pairing = pairing;
        ByThemselves = await Query.ByThemselvesAsync(pairing);
        Group = await Query.LoadAsync<Group>(pairing.GroupId);
        var people = await Query.PeopleAsync([pairing]);
        LearnerName = people.GetValueOrDefault(pairing.LearnerId)?.Person.DisplayName ?? "";
        HelperName = people.GetValueOrDefault(pairing.HelperId)?.Person.DisplayName ?? "";
        await LoadSkillsAsync();
        Subject = SkillName(pairing.Skill);
        Explanation = pairing.Pair is { } pair ? Say(pair.Explained(), new Names(Names.Of(people.Values), Skills)) : pairing.Explanation;
        return null;
    }

    /// <summary>Who answered, marked when they said it themself.</summary>
    public string AnsweredBy(Party party) =>
        ByThemselves.Answered.Contains(party) ? $"{T(Words.PartyOf(party))} ({T(Words.ByThemself)})" : T(Words.PartyOf(party));

    public async Task<IActionResult> OnGetAsync(Guid pairingId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(pairingId) ?? Page();
    }

    /// <summary>Sends one of the pairing's commands through the API; the page shows its refusal beside the form that was sent.</summary>
    private async Task<IActionResult> SendAsync(Guid pairingId, string form, string verb, object command, string prefix = "")
    {
        if (await LoadAsync(pairingId) is { } missing) return missing;
        Posted = form;
        return await SendAsync($"/api/pairings/{pairingId}/{verb}", command, _ => $"{ConsoleSetup.Prefix}/pairings/{pairingId}?saved=true", prefix);
    }

    /// <summary>POST /api/pairings/{id}/accept: the second "yes" takes one of the helper's places, as the endpoint decides.</summary>
    public Task<IActionResult> OnPostAcceptAsync(Guid pairingId) =>
        SendAsync(pairingId, "accept", "accept", new AcceptPairing(Request.Choice<Party>("party")));

    /// <summary>POST /api/pairings/{id}/decline.</summary>
    public Task<IActionResult> OnPostDeclineAsync(Guid pairingId) =>
        SendAsync(pairingId, "decline", "decline", new DeclinePairing(Request.Choice<Party>("party"), Request.Text("reason")));

    /// <summary>POST /api/pairings/{id}/withdraw.</summary>
    public Task<IActionResult> OnPostWithdrawAsync(Guid pairingId) =>
        SendAsync(pairingId, "withdraw", "withdraw", new WithdrawPairing(Request.Text("withdraw.reason")), "withdraw.");

    /// <summary>POST /api/pairings/{id}/sessions.</summary>
    public Task<IActionResult> OnPostSessionAsync(Guid pairingId) =>
        SendAsync(pairingId, "session", "sessions", new LogHelpSession(Request.Date("heldOn"),
            int.TryParse(Request.Text("durationMinutes"), out var minutes) ? minutes : null, Request.Text("workedOn"),
            Request.Choice<LearnerFeeling>("learnerFelt")));
}
