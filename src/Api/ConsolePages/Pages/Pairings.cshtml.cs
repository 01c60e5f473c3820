using LivingLibrary.Api.Library;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Domain.Pairings.Suggestions;
using LivingLibrary.Projections.Library;
using LivingLibrary.Projections.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A group's pairings: asking for suggestions (POST /api/pairings/suggestions, which records them), reading one with its
/// explanations (GET /api/pairings/suggestions/{id}), proposing a suggested pair in one click (POST /api/pairings), the
/// needs without a pair (GET /api/groups/{id}/unmatched-needs) and the group's pairings (GET /api/groups/{id}/pairings).
/// The commands are sent through the API (docs/adr/0022).
/// </summary>
public sealed class PairingsModel : ConsolePage
{
    public Group Group { get; private set; } = null!;
    public SuggestionView? Suggestion { get; private set; }
    public IReadOnlyList<PairingSummary> Pairings { get; private set; } = [];
    public PairingStatus? Status { get; private set; }

    /// <summary>The needs without a pair: the suggestion's when one is shown, else the group's board; each with why in words.</summary>
    public IReadOnlyList<(Guid NeedId, Guid LearnerId, string Skill, string? Why)> Unmatched { get; private set; } = [];

    /// <summary>The live pairing of each need of the suggestion that has one (proposed from it, or otherwise).</summary>
    public IReadOnlyDictionary<Guid, Guid> Taken { get; private set; } = new Dictionary<Guid, Guid>();

    public Guid? Proposed { get; private set; }

    /// <summary>The pair whose "propose" came back refused: its need's id.</summary>
    public Guid? RefusedNeed { get; private set; }

    public bool SuggestPosted { get; private set; }
    private IReadOnlyDictionary<Guid, string> names = new Dictionary<Guid, string>();

    /// <summary>The people of the page by id: the suggested helpers' real load is read from their own record.</summary>
    private readonly Dictionary<Guid, Participant> people = [];

    public string NameOf(Guid participantId) => names.GetValueOrDefault(participantId) ?? participantId.ToString()[..8];

    /// <summary>What the plan counted as load ("already has 1 pairing of 2": its own proposals too); the page says the real load instead.</summary>
    private static readonly HashSet<string> PlanLoad = ["no-other-pairing", "one-pairing-of", "pairings-of"];

    /// <summary>What speaks against a pair, to check before proposing it: no time in common, a deadline passed.</summary>
    private static readonly HashSet<string> Caveats = ["no-time-in-common", "deadline-passed", "deadline-passed-yesterday"];

    /// <summary>
    /// Why this pair, in the page's words, from the codes of its explanation (docs/adr/0020): what makes it possible
    /// (languages, free time, levels, priority, continuity), and apart what to check first.
    /// </summary>
    public (IReadOnlyList<string> Reasons, IReadOnlyList<string> ToCheck) Why(SuggestedPairView pair)
    {
        var said = new Names(id => names.GetValueOrDefault(id), Skills);
        var reasons = ((pair.ExplanationCode.Args.GetValueOrDefault("reasons") as System.Collections.IEnumerable)?.OfType<Message>() ?? [])
            .Where(r => !PlanLoad.Contains(r.Code)).ToList();
        return ([.. reasons.Where(r => !Caveats.Contains(r.Code)).Select(r => Say(r, said))],
            [.. reasons.Where(r => Caveats.Contains(r.Code)).Select(r => Say(r, said))]);
    }

    /// <summary>The helper's pairings under way now (their own record's, whatever the group) of as many as they take at once.</summary>
    public string LoadOf(Guid helperId) => people.TryGetValue(helperId, out var helper)
        ? T(Words.HelperLoadNow(helper.Person.DisplayName, helper.Helping.Count, helper.HelpCapacity))
        : "";


    private async Task<IActionResult?> LoadAsync(Guid groupId, Guid? suggestionId, string? status)
    {
        // The board GET /api/groups/{id}/unmatched-needs serves (the stored view), read with the group when it is shown.
        if (await VisibleGroupAsync(groupId, suggestionId is null ? [GroupLibrary.UnmatchedNeedsPart] : []) is not { } read) return NotFound();
        var group = Group = read.Group;
        await LoadSkillsAsync();
        Status = Choices.Parse<PairingStatus>(status);
        Pairings = await GetGroupPairingsEndpoint.Get(group, Query, Status);
        var members = await Query.GroupParticipantsAsync(group.Id, null);
        foreach (var p in members) people[p.Id] = p;
        var known = members.ToDictionary(p => p.Id, p => p.Person.DisplayName);

        if (suggestionId is { } id)
        {
            if (await Query.LoadAsync<SuggestionRecord>(id) is not { } record || !record.GroupIds.Contains(groupId)) return NotFound();
            if (Refused((await GetSuggestionEndpoint.ValidateAsync(record, User, Query)).AsRefusal()) is { } refused) return refused;
            Suggestion = await GetSuggestionEndpoint.Get(record, Query, Wording);
            var others = Suggestion.Pairs.SelectMany(p => new[] { p.LearnerId, p.HelperId }).Concat(Suggestion.Unmatched.Select(u => u.LearnerId))
                .Where(p => !known.ContainsKey(p)).Distinct().ToArray();
            foreach (var p in await Query.LoadManyAsync<Participant>(others)) (known[p.Id], people[p.Id]) = (p.Person.DisplayName, p);
            var needs = Suggestion.Pairs.Select(p => p.NeedId).ToArray();
            Taken = (await Query.Query<Pairing>()
                    .Where(p => p.NeedId.IsOneOf(needs) && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)).ToListAsync())
                .ToDictionary(p => p.NeedId, p => p.Id);
            Unmatched = [.. Suggestion.Unmatched.Select(u => (u.NeedId, u.LearnerId, u.Skill, (string?)u.Explanation))];
        }
        else
        {
            // The board, the reasons in the page's language.
            var board = await GetUnmatchedNeedsEndpoint.ReadAsync(read, Query);
            var named = new Names(Names.Of(members), Skills);
            Unmatched = [.. board.Select(n => (n.NeedId, n.LearnerId, n.Skill,
                n.Reason is { } reason ? Say(new UnmatchedNeed(n.NeedId, n.LearnerId, n.Skill, reason).Explained(), named) : null))];
        }
        names = known;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, Guid? suggestion, Guid? proposed, string? status)
    {
        Proposed = proposed;
        return await LoadAsync(groupId, suggestion, status) ?? Page();
    }

    /// <summary>POST /api/pairings/suggestions for this group: recorded, then shown.</summary>
    public async Task<IActionResult> OnPostSuggestAsync(Guid groupId)
    {
        SuggestPosted = true;
        // A gap that is not a number is refused as the API refuses one out of range.
        int? gap = Request.Text("levelGap") is { } typed ? int.TryParse(typed, out var g) ? g : int.MinValue : null;
        var sent = await SendAsync("/api/pairings/suggestions", new SuggestPairings([groupId], gap, null, null),
            answer => $"{ConsoleSetup.Prefix}/groups/{groupId}/pairings?suggestion={answer.Read<SuggestionView>().SuggestionId}&suggested=true");
        return await ShownWith(sent, () => LoadAsync(groupId, null, null));
    }

    /// <summary>POST /api/pairings with the suggestion and the need: the pairing proposed is shown by its pair, or the refusal.</summary>
    public async Task<IActionResult> OnPostProposeAsync(Guid groupId, Guid? suggestionId, Guid? needId)
    {
        RefusedNeed = needId;
        var sent = await SendAsync("/api/pairings", new ProposePairing(suggestionId, needId, null), answer =>
            $"{ConsoleSetup.Prefix}/groups/{groupId}/pairings?suggestion={suggestionId}&proposed={answer.Read<CreatedId>().Id}");
        return await ShownWith(sent, () => LoadAsync(groupId, suggestionId, null));
    }
}
