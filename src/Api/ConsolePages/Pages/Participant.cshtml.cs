using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A participant's profile (GET /api/participants/{id}: the same access rule, the same read, journalled as it is):
/// details, levels, offers and needs; offering help, declaring a need, confirming an offer's level and withdrawing
/// either, each with the rule and decision of its endpoint in src/Api/Diagnostic.
/// </summary>
public sealed class ParticipantModel : ConsolePage
{
    public Participant Participant { get; private set; } = null!;
    public Group? Group { get; private set; }
    public bool Saved { get; private set; }

    /// <summary>The form that was posted and comes back (its problem is shown in it): offer, need, review-…, withdraw-….</summary>
    public string? Posted { get; private set; }


    /// <summary>Tasks first, as beginners think, then DigComp's competences.</summary>
    public IEnumerable<Choice> SkillChoices() =>
        Skills.Tasks.Select(t => new Choice(t.Code, t.Name.In(Language), T(Words.EverydayTasksGroup)))
            .Concat(DigComp.Competences.Select(c => new Choice(c.Code, $"{c.Code} {c.Name.In(Language)}", T(Words.DigCompCompetences))));

    private async Task<IActionResult?> LoadAsync(Guid participantId)
    {
        if (await Query.LoadAsync<Participant>(participantId) is not { } participant) return NotFound();
        if (Refused(await Query.MayActOnAsync(participant, User)) is { } refused) return refused;
        Participant = participant;
        Group = await Query.LoadAsync<Group>(participant.GroupId);
        await LoadSkillsAsync();
        return null;
    }

    /// <summary>
    /// The page, and with it the person's data: its read is journalled first, as the API's middleware does, so that
    /// nothing of it is shown unrecorded (also when a refused form comes back with the profile).
    /// </summary>
    private Task<IActionResult> ShownAsync(IActionResult result) =>
        Journalled(result, PersonKind.Participant, Participant.Id, null, PersonalRead.Profile);

    public async Task<IActionResult> OnGetAsync(Guid participantId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(participantId) is { } missing ? missing : await ShownAsync(Page());
    }

    /// <summary>
    /// Decides on the participant's stream as fetched for writing (the version Marten checks when appending), after the
    /// endpoints' rule: whoever may not act on the person gets a 404.
    /// </summary>
    private async Task<IActionResult> DecideAsync(Guid participantId, string form, string prefix, Func<Participant, Decision> decide)
    {
        if (await LoadAsync(participantId) is { } missing) return missing;
        Posted = form;
        var session = Writing();
        var stream = await session.Events.FetchForWriting<Participant>(participantId);
        var decision = decide(stream.Aggregate ?? Participant);
        if (Refused(decision.Refusal, prefix) is { } refused) return await ShownAsync(refused);
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/participants/{participantId}?saved=true");
    }

    private static int? Number(string? text) => int.TryParse(text, out var n) ? n : null;

    /// <summary>POST /api/participants/{id}/offers.</summary>
    public async Task<IActionResult> OnPostOfferAsync(Guid participantId) =>
        await DecideAsync(participantId, "offer", "offer.", p =>
            new OfferHelp(Request.Text("offer.skill"), Number(Request.Text("offer.level"))).Decide(p, Skills));

    /// <summary>POST /api/participants/{id}/offers/{skill}/review.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid participantId, string skill) =>
        await DecideAsync(participantId, $"review-{skill}", $"review.{skill}.", p =>
            new ReviewHelpOffer(Number(Request.Text($"review.{skill}.level"))).Decide(p, skill));

    /// <summary>DELETE /api/participants/{id}/offers/{skill}.</summary>
    public async Task<IActionResult> OnPostWithdrawOfferAsync(Guid participantId, string skill) =>
        await DecideAsync(participantId, $"withdraw-offer-{skill}", "", p => new WithdrawHelpOffer(skill).Decide(p));

    /// <summary>POST /api/participants/{id}/needs.</summary>
    public async Task<IActionResult> OnPostNeedAsync(Guid participantId) =>
        await DecideAsync(participantId, "need", "need.", p =>
            new DeclareLearningNeed(Request.Text("need.skill"), Request.Choice<NeedPriority>("need.priority"), Request.Date("need.deadline"))
                .Decide(p, Guid.CreateVersion7(), Skills, Today));

    /// <summary>DELETE /api/participants/{id}/needs/{needId}.</summary>
    public async Task<IActionResult> OnPostWithdrawNeedAsync(Guid participantId, Guid needId) =>
        await DecideAsync(participantId, $"withdraw-need-{needId}", "", p => new WithdrawLearningNeed(needId).Decide(p));
}
