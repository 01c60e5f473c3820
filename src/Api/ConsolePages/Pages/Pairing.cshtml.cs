using LivingLibrary.Api.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// One pairing (GET /api/pairings/{id}): both people's answers (accept, decline), the facilitator's withdrawal, help
/// sessions and the end, each with its endpoint's rule (the learner's group it was proposed in) and decision. The
/// second "yes" and the end also decide on the helper's stream, as the endpoints do.
/// </summary>
public sealed class PairingModel : ConsolePage
{
    public Pairing Pairing { get; private set; } = null!;
    public Group? Group { get; private set; }
    public string LearnerName { get; private set; } = "";
    public string HelperName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public bool Saved { get; private set; }

    /// <summary>The form that came back refused: accept, decline, withdraw, session or end.</summary>
    public string? Posted { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid pairingId)
    {
        if (await Query.LoadAsync<Pairing>(pairingId) is not { } pairing) return NotFound();
        if (Refused(await Query.MayActOnAsync(pairing, User)) is { } refused) return refused;
        Pairing = pairing;
        Group = await Query.LoadAsync<Group>(pairing.GroupId);
        var people = await Query.PeopleAsync([pairing]);
        LearnerName = people.GetValueOrDefault(pairing.LearnerId)?.Person.DisplayName ?? "";
        HelperName = people.GetValueOrDefault(pairing.HelperId)?.Person.DisplayName ?? "";
        await LoadSkillsAsync();
        Subject = SkillName(pairing.Skill);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid pairingId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(pairingId) ?? Page();
    }

    /// <summary>
    /// Decides on the pairing's stream as fetched for writing; what the decision says of the helper goes to their own
    /// stream. <paramref name="decide"/> returns the pairing's decision and the helper's events with the version to
    /// expect of their stream (null: none).
    /// </summary>
    private async Task<IActionResult> DecideAsync(Guid pairingId, string form, string prefix,
        Func<Pairing, Task<(Decision Pairing, IReadOnlyList<object> Helper, long? HelperVersion)>> decide)
    {
        if (await LoadAsync(pairingId) is { } missing) return missing;
        Posted = form;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<Pairing>(pairingId);
        var (onPairing, onHelper, helperVersion) = await decide(stream.Aggregate ?? Pairing);
        if (Refused(onPairing.Refusal, prefix) is { } refused) return refused;
        stream.AppendMany(onPairing.Events);
        if (onHelper.Count > 0)
        {
            if (helperVersion is { } version) session.Events.Append(Pairing.HelperId, version, [.. onHelper]);
            else session.Events.Append(Pairing.HelperId, [.. onHelper]);
        }
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/pairings/{pairingId}?saved=true");
    }

    private static Task<(Decision, IReadOnlyList<object>, long?)> Only(Decision decision) =>
        Task.FromResult<(Decision, IReadOnlyList<object>, long?)>((decision, [], null));

    /// <summary>
    /// POST /api/pairings/{id}/accept. The second "yes" takes one of the helper's places on their stream, at the
    /// version just read: two pairings started at once for the last place cannot both succeed.
    /// </summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid pairingId) =>
        await DecideAsync(pairingId, "accept", "", async pairing =>
        {
            var helper = await Query.LoadAsync<Participant>(pairing.HelperId);
            var (onPairing, onHelper) = new AcceptPairing(Request.Choice<Party>("party")).Decide(pairing, helper, Today);
            return (onPairing, helper is null ? [] : onHelper, helper is null ? null : helper.Version + onHelper.Count);
        });

    /// <summary>POST /api/pairings/{id}/decline.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(Guid pairingId) =>
        await DecideAsync(pairingId, "decline", "", pairing =>
            Only(new DeclinePairing(Request.Choice<Party>("party"), Request.Text("reason")).Decide(pairing)));

    /// <summary>POST /api/pairings/{id}/withdraw.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid pairingId) =>
        await DecideAsync(pairingId, "withdraw", "withdraw.", pairing => Only(new WithdrawPairing(Request.Text("withdraw.reason")).Decide(pairing)));

    /// <summary>POST /api/pairings/{id}/sessions.</summary>
    public async Task<IActionResult> OnPostSessionAsync(Guid pairingId) =>
        await DecideAsync(pairingId, "session", "", pairing => Only(new LogHelpSession(Request.Date("heldOn"),
            int.TryParse(Request.Text("durationMinutes"), out var minutes) ? minutes : null, Request.Text("workedOn"),
            Request.Choice<LearnerFeeling>("learnerFelt")).Decide(pairing, Today)));

    /// <summary>POST /api/pairings/{id}/end: the helper's place is freed on their stream.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid pairingId) =>
        await DecideAsync(pairingId, "end", "end.", pairing =>
        {
            var (onPairing, onHelper) = new EndPairing(Request.Choice<PairingOutcome>("end.outcome"), Request.Text("end.reason"),
                Request.Text("end.learnerFeedback"), Request.Text("end.helperFeedback")).Decide(pairing, Today);
            return Task.FromResult<(Decision, IReadOnlyList<object>, long?)>((onPairing, onHelper, null));
        });
}
