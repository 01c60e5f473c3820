using LivingLibrary.Api.PublicDirectory;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The public directory of desks, without signing in (docs/adr/0032): a network's (<c>?network=</c>) or one organisation's
/// (<c>?organisation=</c>), filtered by day, language, service and area. The page speaks for nobody and asks the API's
/// public route in-process (docs/adr/0022); the API's words for a filter that is none are shown beside it.
/// </summary>
[EnableRateLimiting(DirectoryLimits.Policy)]
public sealed class DirectoryModel : ConsolePage
{
    public Guid? NetworkId => Guid.TryParse(Request.Query["network"], out var id) ? id : null;
    public string? OrganisationId => Request.Query["organisation"].ToString() is { Length: > 0 and <= 200 } o ? o : null;

    public string? Day => Filter("day");
    public string? Speaks => Filter("speaks");
    public string? Service => Filter("service");
    public string? Area => Filter("area");

    /// <summary>The directory as asked; null when the address names no directory.</summary>
    public DeskDirectory? Shown { get; private set; }

    /// <summary>The languages and services of every desk, to choose from.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public IReadOnlyList<Named> Services { get; private set; } = [];

    private string? Filter(string name) => Request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    private string? Address => NetworkId is { } network ? $"/api/networks/{network}/directory"
        : OrganisationId is { } organisation ? $"/api/organisations/{Uri.EscapeDataString(organisation)}/directory" : null;

    public string? ExportAddress => NetworkId is { } network ? $"/api/networks/{network}/directory/data-inclusion" : null;

    public async Task<IActionResult> OnGetAsync()
    {
        // Whoever reads the directory is nobody to the API: a cookie this browser may have is not sent along.
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        if (Address is not { } address) return Page();
        var all = await Api.SendAsync(HttpContext, HttpMethod.Get, address);
        if (!all.Succeeded) return Refused(all) ?? Page();
        var every = all.Read<DeskDirectory>();
        Languages = [.. every.Desks.SelectMany(d => d.Languages).Distinct().Order(StringComparer.Ordinal)];
        Services = [.. every.Desks.SelectMany(d => d.Services).DistinctBy(s => s.Code).OrderBy(s => s.Name, StringComparer.CurrentCulture)];
        var query = string.Join('&', new[] { ("day", Day), ("speaks", Speaks), ("service", Service), ("area", Area) }
            .Where(f => f.Item2 is not null).Select(f => $"{f.Item1}={Uri.EscapeDataString(f.Item2!)}"));
        var asked = query.Length == 0 ? all : await Api.SendAsync(HttpContext, HttpMethod.Get, $"{address}?{query}");
        if (Refused(asked) is null) Shown = asked.Read<DeskDirectory>();
        else Shown = every with { Desks = [] };
        return Page();
    }

    public string DayName(DayOfWeek day) => System.Globalization.CultureInfo.GetCultureInfo(Language).DateTimeFormat.GetDayName(day);
}
