using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Participants;
using LivingLibrary.Projections.Pairings;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A participant's profile (GET /api/participants/{id}: the same access rule, the same read, journalled as it is):
/// details, levels, offers and needs, and their pairings, cases and loans as the API's reads of each give them (each
/// read journalled); offering help, declaring a need, confirming an offer's level and withdrawing either, each sent
/// through its endpoint in src/Api/Diagnostic (docs/adr/0022). Their details, consent, leaving and moving have pages of
/// their own (Participants/).
/// </summary>
public sealed class ParticipantModel : ConsolePage
{
    public Participant Participant { get; private set; } = null!;
    public Group? Group { get; private set; }
    public bool Saved { get; private set; }
    public IReadOnlyList<PairingSummary> Pairings { get; private set; } = [];
    public IReadOnlyList<ProblemCase> Cases { get; private set; } = [];
    public IReadOnlyList<BorrowerLoan> Loans { get; private set; } = [];

    /// <summary>The times they helped someone around them, each marked when they said it themself.</summary>
    public IReadOnlyList<HelpAroundEntry> HelpedAround { get; private set; } = [];
    public ServiceList Services { get; private set; } = ServiceList.BuiltIn;

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
    private async Task<IActionResult> ShownAsync(IActionResult result)
    {
        if (result is not PageResult) return result;
        Pairings = await GetParticipantPairingsEndpoint.Get(Participant, Query);
        Cases = await GetParticipantCasesEndpoint.Get(Participant, Query, User);
        Loans = await GetParticipantLoansEndpoint.Get(Participant, Query, User, Clock);
        Services = await Query.ServiceListAsync();
        HelpedAround = HelpAroundEntry.Of(Participant.Id, await Query.Events.FetchStreamAsync(Participant.Id));
        return await Journalled(result, PersonKind.Participant, Participant.Id, null,
            PersonalRead.Profile, PersonalRead.Pairings, PersonalRead.Case, PersonalRead.Loans);
    }

    public async Task<IActionResult> OnGetAsync(Guid participantId, bool saved)
    {
        Saved = saved;
        return await LoadAsync(participantId) is { } missing ? missing : await ShownAsync(Page());
    }

    /// <summary>
    /// Sends one of the profile's commands through the API; a refusal comes back as the profile with the reason beside the
    /// form that was sent, journalled as any showing of it.
    /// </summary>
    private async Task<IActionResult> SendAsync(Guid participantId, string form, HttpMethod method, string path, object? command, string prefix = "")
    {
        if (await LoadAsync(participantId) is { } missing) return missing;
        Posted = form;
        return await ShownAsync(await SendAsync(method, $"/api/participants/{participantId}/{path}", command,
            _ => $"{ConsoleSetup.Prefix}/participants/{participantId}?saved=true", prefix));
    }

    private static int? Number(string? text) => int.TryParse(text, out var n) ? n : null;

    /// <summary>POST /api/participants/{id}/offers.</summary>
    public Task<IActionResult> OnPostOfferAsync(Guid participantId) =>
        SendAsync(participantId, "offer", HttpMethod.Post, "offers", new OfferHelp(Request.Text("offer.skill"), Number(Request.Text("offer.level"))), "offer.");

    /// <summary>POST /api/participants/{id}/offers/{skill}/review.</summary>
    public Task<IActionResult> OnPostReviewAsync(Guid participantId, string? skill) =>
        SendAsync(participantId, $"review-{skill}", HttpMethod.Post, $"offers/{Uri.EscapeDataString(skill ?? "")}/review",
            new ReviewHelpOffer(Number(Request.Text($"review.{skill}.level"))), $"review.{skill}.");

    /// <summary>POST /api/participants/{id}/needs.</summary>
    public Task<IActionResult> OnPostNeedAsync(Guid participantId) =>
        SendAsync(participantId, "need", HttpMethod.Post, "needs",
            new DeclareLearningNeed(Request.Text("need.skill"), Request.Choice<NeedPriority>("need.priority"), Request.Date("need.deadline")), "need.");

    /// <summary>POST /api/participants/{id}/helped-around: the endpoint the participant says it with themself.</summary>
    public Task<IActionResult> OnPostHelpedAroundAsync(Guid participantId) =>
        SendAsync(participantId, "helped", HttpMethod.Post, "helped-around",
            new RecordHelpAround(Request.Text("helped.task"), Request.Date("helped.on"), Request.Text("helped.how")), "helped.");
}
