using LivingLibrary.Api.Activities.Calendars;
using LivingLibrary.Api.PublicDirectory;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.ConsolePages.Pages.Programme;

/// <summary>
/// The organisation's public programme, without signing in (docs/adr/0030, Calendars): its open activities for the coming
/// three months, what, when, where, asked of the API's public route in-process as nobody (docs/adr/0022).
/// </summary>
[EnableRateLimiting(DirectoryLimits.Policy)]
public sealed class PublicModel : ConsolePage
{
    public IReadOnlyList<PublicProgrammeEntry> Entries { get; private set; } = [];
    public string Feed { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string organisationId)
    {
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        var path = $"/api/organisations/{Uri.EscapeDataString(organisationId)}/programme";
        Feed = $"{path}.ics";
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, path);
        if (!answer.Succeeded) return NotFound();
        Entries = answer.Read<List<PublicProgrammeEntry>>() ?? [];
        return Page();
    }
}
