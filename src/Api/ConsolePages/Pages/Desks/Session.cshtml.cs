using System.Globalization;
using LivingLibrary.Api.DropIns;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// A drop-in session's sheet, the desk on a day (GET /api/desks/{id}/sessions/{on}), and a visit written on it as it
/// happens: the visitor's request with the time spent with them (POST /api/desks/{id}/requests, sent through the API, on that day).
/// </summary>
public sealed class SessionModel : CasePage
{
    public DropInDesk Desk { get; private set; } = null!;
    public DateOnly Day { get; private set; }
    public SessionSheet Sheet { get; private set; } = null!;
    public Guid? Recorded { get; private set; }

    /// <summary>Returning visitors found by the lookup (GET /api/visitors), when one was asked for; offered to the form.</summary>
    public IReadOnlyList<FoundVisitor>? Found { get; private set; }

    /// <summary>The card just given to a visitor (POST /api/visitors/{id}/card): its code is shown here, once.</summary>
    public GivenVisitorCard? Given { get; private set; }

    /// <summary>The optional details stay folded on a phone unless the form came back.</summary>
    public bool MoreIsOpen => IsPosted("");

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
        if (Request.Text("findPseudonym") is { } pseudonym && Request.Text("findArea") is { } area)
        {
            var answer = await Api.SendAsync(HttpContext, HttpMethod.Get,
                $"/api/visitors?pseudonym={Uri.EscapeDataString(pseudonym)}&postcodeArea={Uri.EscapeDataString(area)}");
            if (Refused(answer) is { } refused) return refused;
            Found = answer.Read<IReadOnlyList<FoundVisitor>>();
        }
        return await LoadAsync(deskId, day) ?? Page();
    }

    /// <summary>POST /api/visitors/{id}/card: the sheet again, with the card's code and QR code shown this once.</summary>
    public async Task<IActionResult> OnPostCardAsync(Guid deskId, string day)
    {
        if (Request.Id("visitorId") is not { } visitorId) return NotFound();
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/visitors/{visitorId}/card", new IssueVisitorCard());
        if (Refused(answer) is { } refused) return await ShownWith(refused, () => LoadAsync(deskId, day));
        Given = answer.Read<GivenVisitorCard>();
        return await LoadAsync(deskId, day) ?? Page();
    }

    /// <summary>POST /api/desks/{id}/requests on this sheet's day; the sheet again, with the case recorded or the refusal.</summary>
    public async Task<IActionResult> OnPostAsync(Guid deskId, string day)
    {
        if (DayOf(day) is not { } on) return NotFound();
        var sent = await SendAsync($"/api/desks/{deskId}/requests", new RecordDropInRequest(on, Request.All("languages"), Request.Text("pseudonym"),
                Request.Text("postcodeArea"), Request.Text("contact"), Request.Text("consentNotice"), Request.Text("goal"), Request.Text("service"),
                Request.Text("difficulty"), Request.All("skills"), Request.Choice<Urgency>("urgency"), Request.Date("dueOn"), FirstAccompaniment(),
                Request.Text("visitorCard"), Request.Id("visitorId"), Request.Text("findable") is null ? null : true),
            answer => $"{ConsoleSetup.Prefix}/desks/{deskId}/sessions/{on.Iso()}?recorded={answer.Read<CreatedId>().Id}#message");
        return await ShownWith(sent, () => LoadAsync(deskId, day));
    }

    /// <summary>The time spent with the visitor, when any of it is filled in (its setting counts only when changed from its default, on site).</summary>
    private FirstAccompaniment? FirstAccompaniment()
    {
        var time = new FirstAccompaniment(Request.Number("accompaniment.minutes"), Request.Choice<Setting>("accompaniment.setting"),
            Request.Choice<DeviceUsed>("accompaniment.device"), Request.Choice<ProcedureProgress>("accompaniment.progress"),
            Request.Lines("accompaniment.steps"), Request.Text("accompaniment.note"));
        string[] filled = ["accompaniment.minutes", "accompaniment.device", "accompaniment.progress", "accompaniment.steps", "accompaniment.note"];
        return filled.Any(name => Request.Text(name) is not null) || Request.Text("accompaniment.setting") is not (null or "onSite") ? time : null;
    }
}
