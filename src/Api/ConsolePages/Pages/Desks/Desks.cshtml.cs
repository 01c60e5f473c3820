using LivingLibrary.Api.DropIns;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The drop-in desks the caller may see (GET /api/desks): a coordinator's every desk, anyone else's the desks they staff.</summary>
public sealed class DesksModel : ConsolePage
{
    public const int RecentSessions = 4;

    public IReadOnlyList<DropInDesk> Desks { get; private set; } = [];

    public async Task OnGetAsync() => Desks = await GetDesksEndpoint.Get(Query, User);

    public string HoursOf(DropInDesk desk)
    {
        var names = System.Globalization.CultureInfo.GetCultureInfo(Language).DateTimeFormat;
        return string.Join(", ", desk.Hours.Select(h => $"{names.GetDayName(h.Day)} {h.From:HH:mm}–{h.Until:HH:mm}"));
    }

    /// <summary>The last days the desk opened, by its weekly hours, today first when it opens today.</summary>
    public IEnumerable<DateOnly> RecentDays(DropInDesk desk)
    {
        var days = desk.Hours.Select(h => h.Day).ToHashSet();
        return Enumerable.Range(0, 7 * RecentSessions).Select(i => Today.AddDays(-i)).Where(d => days.Contains(d.DayOfWeek)).Take(RecentSessions);
    }
}
