namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// An occurrence's attendance on a phone: every participant of the group present, excused or absent, arrival and leaving
/// when they differ, sent in one go (POST .../attendance); and the day the paper sheet was signed (POST .../sheet-signed).
/// </summary>
public sealed class AttendanceModel : OccurrencePage
{
    public bool Saved { get; private set; }
    public bool Posted(string form) => Request.HasFormContentType && Request.Query["handler"].ToString() == form;

    public async Task<IActionResult> OnGetAsync(Guid activityId, string plannedFor, bool saved)
    {
        Saved = saved;
        return await LoadAsync(activityId, plannedFor) ? Page() : NotFound();
    }

    /// <summary>What a line shows: as typed when the form comes back refused, else as recorded.</summary>
    public (string? Presence, string? Arrived, string? Left) Line(int i, Guid participantId)
    {
        if (Posted("")) return (Request.Text($"attendees[{i}].presence"), Request.Text($"attendees[{i}].arrived"), Request.Text($"attendees[{i}].left"));
        var recorded = Activity.AttendeesOf(Occurrence.PlannedFor).FirstOrDefault(a => a.ParticipantId == participantId);
        return (recorded is null ? null : Choices.Name(recorded.Presence), recorded?.Arrived?.ToString("HH:mm"), recorded?.Left?.ToString("HH:mm"));
    }

    public async Task<IActionResult> OnPostAsync(Guid activityId, string plannedFor)
    {
        var lines = Request.All("participantId").Select((id, i) => new AttendanceLine(Guid.TryParse(id, out var g) ? g : Guid.Empty,
            Request.Choice<Presence>($"attendees[{i}].presence"), TimeOf($"attendees[{i}].arrived"), TimeOf($"attendees[{i}].left")));
        var sent = await SendAsync($"/api/activities/{activityId}/occurrences/{plannedFor}/attendance", new TakeAttendance([.. lines]),
            _ => $"{ConsoleSetup.Prefix}/activities/{activityId}/occurrences/{plannedFor}/attendance?saved=true");
        return await ShownWith(sent, async () => await LoadAsync(activityId, plannedFor) ? null : NotFound());
    }

    public async Task<IActionResult> OnPostSignedAsync(Guid activityId, string plannedFor)
    {
        var sent = await SendAsync($"/api/activities/{activityId}/occurrences/{plannedFor}/sheet-signed", new RecordSheetSigned(Request.Date("signedOn")),
            _ => $"{ConsoleSetup.Prefix}/activities/{activityId}/occurrences/{plannedFor}/attendance?saved=true");
        return await ShownWith(sent, async () => await LoadAsync(activityId, plannedFor) ? null : NotFound());
    }

    private TimeOnly? TimeOf(string name) => TimeOnly.TryParse(Request.Text(name), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;
}
