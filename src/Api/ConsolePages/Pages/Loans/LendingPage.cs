using System.Globalization;
using LivingLibrary.Api.Loans;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// What the pages that lend share (_Lending): the devices their borrowers have now and the available ones, from the
/// inventory every member of staff sees (GET /api/devices), and the loan sent through the API (POST /api/devices/{id}/lend).
/// A page names whom it lends to: a group's participants, a desk's visitors.
/// </summary>
public abstract class LendingPage : ConsolePage
{
    public IReadOnlyList<DeviceSummary> Out { get; private set; } = [];
    public IReadOnlyList<DeviceSummary> Available { get; private set; } = [];

    /// <summary>Whom the form lends to: the command's field (participantId, visitorId), its label, and the people to choose from.</summary>
    public abstract string BorrowerField { get; }

    public abstract Word BorrowerLabel { get; }

    public abstract IEnumerable<Choice> Borrowers { get; }

    /// <summary>Whether the lending form is shown (a closed group or desk lends no more).</summary>
    public abstract bool Lends { get; }

    protected async Task LoadDevicesAsync(IReadOnlySet<Guid> borrowers)
    {
        var devices = await GetDevicesEndpoint.Get(Query, User, Clock, null);
        Out = [.. devices.Where(d => d.Loan?.Borrower is { } b && borrowers.Contains(b.Id))
            .OrderByDescending(d => d.State == DeviceState.Overdue).ThenBy(d => d.Loan!.Until)];
        Available = [.. devices.Where(d => d.State == DeviceState.Available)];
    }

    /// <summary>POST /api/devices/{deviceId}/lend for the borrower chosen; the device's page then shows the loan, or <paramref name="load"/> this page again.</summary>
    protected async Task<IActionResult> LendAsync(Func<Task<IActionResult?>> load)
    {
        var borrower = Request.Id(BorrowerField);
        if (Request.Id("deviceId") is not { } deviceId)
        {
            ModelState.AddModelError("deviceId", Beside(Says.Required));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await load() ?? Page();
        }
        var command = new LendDevice(BorrowerField == "participantId" ? borrower : null, BorrowerField == "visitorId" ? borrower : null,
            Request.Date("from"), Request.Date("until"), Cents(Request.Text("deposit")),
            new SignedAgreement(Request.Text("agreement.notice"), Request.Date("agreement.signedOn")));
        var sent = await SendAsync(HttpMethod.Post, $"/api/devices/{deviceId}/lend", command,
            _ => $"{ConsoleSetup.Prefix}/devices/{deviceId}?saved=true#message", onPage: OnThisForm);
        return await ShownWith(sent, load);
    }

    /// <summary>The deposit typed in euros (20, 20,50 or 20.50), in cents as the API counts it; blank, unreadable or beyond any count is none given.</summary>
    private static int? Cents(string? euros) =>
        decimal.TryParse(euros?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount <= int.MaxValue / 100m
            ? (int)Math.Round(amount * 100) : null;

    /// <summary>
    /// The form's own names for the API's fields: the deposit is typed in euros (the catalogue words its fault for the
    /// form), and "one borrower" is said beside the one borrower field the page has.
    /// </summary>
    private Refusal OnThisForm(Refusal refusal) =>
        refusal.Errors is { } errors
            ? refusal with { Errors = errors.GroupBy(e => e.Key switch { "depositCents" => "deposit", "participantId" or "visitorId" => BorrowerField, _ => e.Key })
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()) }
            : refusal;
}
