using System.Globalization;
using LivingLibrary.Api.DropIns;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A drop-in session's sheet, the desk on a day (GET /api/desks/{id}/sessions/{on}), and a visitor's request written
/// on it (POST /api/desks/{id}/requests, sent through the API, on that day).
/// </summary>
public sealed class SessionModel : CasePage
{
    public DropInDesk Desk { get; private set; } = null!;
    public DateOnly Day { get; private set; }
    public SessionSheet Sheet { get; private set; } = null!;
    public Guid? Recorded { get; private set; }

    private static DateOnly? DayOf(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null;

    private async Task<IActionResult?> LoadAsync(Guid deskId, string day)
    {
        if (DayOf(day) is not { } on) return NotFound();
        var desk = await Query.LoadAsync<DropInDesk>(deskId);
        if (desk.MaySee(Caller) is not null) return NotFound();
        Desk = desk!;
        Day = on;
        Sheet = await GetSessionSheetEndpoint.Get(Desk, on, Query);
        await LoadListsAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid deskId, string day, Guid? recorded)
    {
        Recorded = recorded;
        return await LoadAsync(deskId, day) ?? Page();
    }

    /// <summary>POST /api/desks/{id}/requests on this sheet's day; the sheet again, with the case recorded or the refusal.</summary>
    public async Task<IActionResult> OnPostAsync(Guid deskId, string day)
    {
        if (DayOf(day) is not { } on) return NotFound();
        var sent = await SendAsync($"/api/desks/{deskId}/requests", new RecordDropInRequest(on, Request.All("languages"), Request.Text("pseudonym"),
                Request.Text("postcodeArea"), Request.Text("contact"), Request.Text("consentNotice"), Request.Text("goal"), Request.Text("service"),
                Request.Text("difficulty"), Request.All("skills"), Request.Choice<Urgency>("urgency"), Request.Date("dueOn")),
            answer => $"{ConsoleSetup.Prefix}/desks/{deskId}/sessions/{on.Iso()}?recorded={answer.Read<CreatedId>().Id}");
        return await ShownWith(sent, () => LoadAsync(deskId, day));
    }
}
