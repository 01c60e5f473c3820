using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// One occurrence (GET /api/activities/{id}/occurrences/{day}): what, when, where, who signed up; moving or cancelling it
/// and signing someone up or off (POST …/move, …/cancel, …/sign-up, …/withdraw, sent through the API); links to its
/// attendance and its printable sheet.
/// </summary>
public sealed class OccurrenceModel : CasePage
{
    public Activity Activity { get; private set; } = null!;
    public Occurrence Occurrence { get; private set; } = null!;
    public Group Group { get; private set; } = null!;
    public Partner? Partner { get; private set; }
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public bool Saved { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid activityId, string plannedFor)
    {
        if (await Query.LoadAsync<Activity>(activityId) is not { } activity || await VisibleGroupAsync(activity.GroupId) is not { } group
            || Occurrences.Find(activity, plannedFor) is not { } occurrence)
            return NotFound();
        (Activity, Group, Occurrence) = (activity, group, occurrence);
        Partner = activity.PartnerId is { } partner ? await Query.LoadAsync<Partner>(partner) : null;
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query, includeLeft: true);
        await LoadSkillsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid activityId, string plannedFor, bool saved)
    {
        Saved = saved;
        return await LoadAsync(activityId, plannedFor) ?? Page();
    }

    public string Address => $"{ConsoleSetup.Prefix}/activities/{Activity.Id}/occurrences/{Occurrence.PlannedFor.Iso()}";

    public string NameOf(Guid participantId) => Participants.FirstOrDefault(p => p.Id == participantId)?.Person.DisplayName ?? "";

    /// <summary>Who may still be signed up: the group's participants now, not signed up yet.</summary>
    public IEnumerable<Choice> SignUpChoices() =>
        Participants.Where(p => !p.HasLeft && !Activity.SignedUpFor(Occurrence.PlannedFor).Contains(p.Id))
            .Select(p => new Choice(p.Id.ToString(), p.Person.DisplayName)).OrderBy(c => c.Text);

    public Task<IActionResult> OnPostMoveAsync(Guid activityId, string plannedFor) =>
        Send(activityId, plannedFor, "move",
            new MoveOccurrence(Request.Date("on"), ProgrammeForm.Time(Request, "starts"), ProgrammeForm.Time(Request, "ends"), Request.Text("place")));

    public Task<IActionResult> OnPostCancelAsync(Guid activityId, string plannedFor) =>
        Send(activityId, plannedFor, "cancel", new CancelOccurrence(Request.Text("reason")));

    public Task<IActionResult> OnPostSignUpAsync(Guid activityId, string plannedFor) =>
        Send(activityId, plannedFor, "sign-up", new SignUpForOccurrence(Request.Id("participantId")));

    public Task<IActionResult> OnPostWithdrawAsync(Guid activityId, string plannedFor) =>
        Send(activityId, plannedFor, "withdraw", new WithdrawSignUp(Request.Id("participantId")));

    /// <summary>Holidays found after planning: days of the series it will not take place (POST /api/activities/{id}/holidays).</summary>
    public async Task<IActionResult> OnPostHolidaysAsync(Guid activityId, string plannedFor)
    {
        var days = ProgrammeForm.Days(Request, "days", ModelState, T(Words.DateExpected));
        if (!ModelState.IsValid) return await LoadAsync(activityId, plannedFor) ?? Invalid();
        return await SendToSeries(activityId, plannedFor, "holidays", new AddHolidays(days));
    }

    /// <summary>The series ends earlier than planned (POST /api/activities/{id}/end).</summary>
    public Task<IActionResult> OnPostEndAsync(Guid activityId, string plannedFor) =>
        SendToSeries(activityId, plannedFor, "end", new EndSeries(Request.Date("lastDay")));

    /// <summary>A change to the whole series: the programme is shown after it, since this occurrence may be gone.</summary>
    private async Task<IActionResult> SendToSeries(Guid activityId, string plannedFor, string verb, object command)
    {
        var group = (await Query.LoadAsync<Activity>(activityId))?.GroupId;
        var sent = await SendAsync($"/api/activities/{activityId}/{verb}", command, _ => $"{ConsoleSetup.Prefix}/groups/{group}/programme?saved=true");
        return await ShownWith(sent, () => LoadAsync(activityId, plannedFor));
    }

    private async Task<IActionResult> Send(Guid activityId, string plannedFor, string verb, object command)
    {
        var sent = await SendAsync($"/api/activities/{activityId}/occurrences/{plannedFor}/{verb}", command,
            _ => $"{ConsoleSetup.Prefix}/activities/{activityId}/occurrences/{plannedFor}?saved=true");
        return await ShownWith(sent, () => LoadAsync(activityId, plannedFor));
    }
}
