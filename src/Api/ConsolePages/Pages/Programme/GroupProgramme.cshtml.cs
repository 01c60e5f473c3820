using LivingLibrary.Api.Activities;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A group's programme month by month, three at a time (GET /api/groups/{id}/programme, as the API lists it: cancelled occurrences struck,
/// moved ones saying the day they were planned for), and planning an activity once or as a weekly or monthly series
/// (POST /api/groups/{id}/activities, sent through the API).
/// </summary>
public sealed class GroupProgrammeModel : CasePage
{
    public Group Group { get; private set; } = null!;
    /// <summary>The first of the months shown: by default last month, this one and the next (<see cref="Months"/>).</summary>
    public DateOnly Month { get; private set; }

    public const int Months = 3;
    public IReadOnlyList<ProgrammeEntry> Entries { get; private set; } = [];
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(Guid groupId, string? month)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Month = DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", out var first) && Dates.IsPlausible(first, Today)
            ? first : new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var activities = await Query.Query<Activity>().Where(a => a.GroupId == group.Id).ToListAsync();
        Entries = LivingLibrary.Api.Activities.Programme.Of(activities, Month, Month.AddMonths(Months).AddDays(-1));
        Partners = [.. (await Query.Query<Partner>().ToListAsync()).Where(p => p.IsActive).OrderBy(p => p.Details.Name)];
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, string? month) => await LoadAsync(groupId, month) ?? Page();

    public IEnumerable<Choice> PartnerChoices() => Partners.Select(p => new Choice(p.Id.ToString(), p.Details.Name));

    /// <summary>POST /api/groups/{id}/activities; the first occurrence is shown, or this page again with the refusal.</summary>
    public async Task<IActionResult> OnPostAsync(Guid groupId)
    {
        var every = Request.Choice<Frequency>("repeats.every");
        var holidays = ProgrammeForm.Days(Request, "repeats.except", ModelState, T(Words.DateExpected));
        if (!ModelState.IsValid) return await LoadAsync(groupId, null) ?? Invalid();
        var command = new PlanActivity(Request.Choice<ActivityKind>("kind"), Request.Text("title"), Request.Date("on"),
            ProgrammeForm.Time(Request, "starts"), ProgrammeForm.Time(Request, "ends"), Request.Text("place"), Request.Id("partnerId"), Request.Text("host"),
            Request.All("themes"), Request.All("tasks"), Request.Number("capacity"), Request.Text("signUp") == "true", Request.Text("open") == "true",
            every is null ? null : new Repeats(every, Request.Number("repeats.interval"), Request.Date("repeats.until"), holidays));
        var sent = await SendAsync($"/api/groups/{groupId}/activities", command,
            answer => $"{ConsoleSetup.Prefix}/activities/{answer.Read<CreatedId>().Id}/occurrences/{command.On!.Value.Iso()}?saved=true");
        return await ShownWith(sent, () => LoadAsync(groupId, null));
    }

}

/// <summary>What the programme's forms read beside <see cref="FormValues"/>: times, and a list of days one a line.</summary>
public static class ProgrammeForm
{
    public static TimeOnly? Time(HttpRequest request, string name) =>
        TimeOnly.TryParseExact(request.Text(name), ["HH:mm", "HH:mm:ss"], out var time) ? time : null;

    /// <summary>The days typed one a line; a line that is no day is said beside the field.</summary>
    public static IReadOnlyList<DateOnly> Days(HttpRequest request, string name, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string expected)
    {
        var lines = request.Lines(name) ?? [];
        var days = lines.Select(l => DateOnly.TryParseExact(l.Trim(), "yyyy-MM-dd", out var d) ? d : (DateOnly?)null).ToList();
        if (days.Any(d => d is null)) state.AddModelError(name, expected);
        return [.. days.OfType<DateOnly>()];
    }
}
