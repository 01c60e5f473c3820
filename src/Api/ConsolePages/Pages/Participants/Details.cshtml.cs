namespace LivingLibrary.Api.ConsolePages.Pages.Participants;

/// <summary>A participant's name, languages, contact and free time (POST /api/participants/{id}/details).</summary>
public sealed class DetailsModel : ParticipantPage
{
    /// <summary>The week as people in Belgium write it, Monday first.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>What a box of the grid posts: the day and the part as the API names them.</summary>
    public static string SlotValue(DayOfWeek day, DayPart part) => $"{Choices.Name(day)}.{Choices.Name(part)}";

    public bool Posted => Request.HasFormContentType;

    /// <summary>The languages offered as boxes: the group's, then the person's others.</summary>
    public IEnumerable<string> LanguageChoices => Group.Languages.Concat(Participant.Languages).Distinct();

    public IReadOnlyCollection<string> LanguagesChosen => Posted ? [.. Request.All("languages")] : [.. Participant.Languages];

    public IReadOnlyCollection<string> SlotsChosen => Posted ? [.. Request.All("availability")] : [.. Participant.Availability.Select(s => SlotValue(s.Day, s.Part))];

    /// <summary>The languages ticked and those typed; each slot as the API reads one, what a box posted passed on as it is.</summary>
    public Task<IActionResult> OnPostAsync(Guid participantId) =>
        SendAsync(participantId, "details", new
        {
            displayName = Request.Text("displayName"),
            languages = Request.All("languages").Concat((Request.Text("otherLanguages") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(),
            availability = Request.All("availability").Select(slot => slot.Split('.') is [var day, var part] ? new { day, part } : new { day = slot, part = "" }),
            contact = Request.Text("contact"),
        }, OnGrid);

    /// <summary>A slot's fault (<c>availability[3].part</c>) is shown beside the grid, a language's beside the languages.</summary>
    private static Refusal OnGrid(Refusal refusal) => refusal.Errors is not { } errors ? refusal : refusal with
    {
        Errors = errors.GroupBy(e => e.Key.StartsWith("availability", StringComparison.Ordinal) ? "availability"
                : e.Key.StartsWith("languages", StringComparison.Ordinal) ? "languages" : e.Key)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray()),
    };
}
