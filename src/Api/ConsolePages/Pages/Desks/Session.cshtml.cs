using System.Globalization;
using LivingLibrary.Api.DropIns;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A drop-in session's sheet, the desk on a day (GET /api/desks/{id}/sessions/{on}), and a visitor's request written
/// on it (POST /api/desks/{id}/requests, the same rule and decision, on that day).
/// </summary>
public sealed class SessionModel : CasePage
{
    public DropInDesk Desk { get; private set; } = null!;
    public DateOnly Day { get; private set; }
    public SessionSheet Sheet { get; private set; } = null!;
    public Guid? Recorded { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid deskId, string day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)) return NotFound();
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

    public async Task<IActionResult> OnPostAsync(Guid deskId, string day)
    {
        if (await LoadAsync(deskId, day) is { } missing) return missing;
        var command = new RecordDropInRequest(Day, Request.All("languages"), Request.Text("pseudonym"), Request.Text("postcodeArea"),
            Request.Text("contact"), Request.Text("consentNotice"), Request.Text("goal"), Request.Text("service"), Request.Text("difficulty"),
            Request.All("skills"), Request.Choice<Urgency>("urgency"), Request.Date("dueOn"));
        var caseId = Guid.CreateVersion7();
        var decision = command.Decide(caseId, Guid.CreateVersion7(), Desk, Services, Skills, Today);
        if (Refused(decision.Refusal) is { } page) return page;
        var session = Writing();
        session.Events.StartStream<ProblemCase>(caseId, decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/desks/{deskId}/sessions/{Day.Iso()}?recorded={caseId}");
    }
}
