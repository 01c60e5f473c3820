using LivingLibrary.Api.Pairings;

namespace LivingLibrary.Api.ConsolePages.Pages.Me.Pairings;

/// <summary>
/// The helper records a session they gave (docs/adr/0026): which day, how long, what they did, how the learner felt. The
/// staff's command, through the same endpoint; a learner, or anyone not in the pairing, gets what the API answers.
/// </summary>
public sealed class SessionModel : MePage
{
    public static readonly int[] Durations = [30, 60, 90, 120, 180];

    public MyPairing Pairing { get; private set; } = null!;

    private async Task<IActionResult?> LoadAsync(Guid pairingId)
    {
        if ((await GetMyPairingsEndpoint.ReadAsync(Query, Caller))?.FirstOrDefault(p => p.Id == pairingId && p.Me == Party.Helper) is not { } mine)
            return NotFound();
        Pairing = mine;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid pairingId) => await LoadAsync(pairingId) ?? Page();

    /// <summary>POST /api/pairings/{id}/sessions.</summary>
    public async Task<IActionResult> OnPostAsync(Guid pairingId) =>
        await ShownWith(await SendAsync($"/api/pairings/{pairingId}/sessions",
            new LogHelpSession(Request.Date("heldOn"), int.TryParse(Request.Text("durationMinutes"), out var minutes) ? minutes : null,
                Request.Text("workedOn"), Request.Choice<LearnerFeeling>("learnerFelt")),
            _ => $"{Home}/pairings?said=session"), () => LoadAsync(pairingId));

    public IEnumerable<Choice> DurationChoices => Durations.Select(m => new Choice(m.ToString(System.Globalization.CultureInfo.InvariantCulture), T(Words.MeSessionMinutes(m))));
}
