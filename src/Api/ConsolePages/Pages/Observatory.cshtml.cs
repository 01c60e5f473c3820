namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The observatory of difficulties (GET /api/observatory), for coordinators: the stored months of a period, every figure suppressed as the API's.</summary>
public sealed class ObservatoryModel : ConsolePage, IShowsObservatory
{
    public ObservatoryView? View { get; private set; }
    public ServiceList Services { get; private set; } = ServiceList.BuiltIn;

    public string ServiceName(string code) => Services.Find(code)?.Name.In(Language) ?? code;

    public string DifficultyName(string code) => Difficulties.All.FirstOrDefault(d => d.Code == code)?.Name.In(Language) ?? code;

    public async Task<IActionResult> OnGetAsync(string? from, string? to, bool? byMonth)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } forbidden) return forbidden;
        var period = new ObservatoryPeriod(from, to);
        if (Refused(period.Check(Today)) is { } refused) return refused;
        var (first, last, months) = period.Resolve(Today);
        View = ObservatoryView.Of(first, last, byMonth ?? false, await Query.LoadManyAsync<ObservatoryMonth>(months));
        Services = await Query.ServiceListAsync();
        return Page();
    }
}

/// <summary>A page that shows an observatory's tables (<c>_ObservatoryTables</c>): the organisation's, or a network's.</summary>
public interface IShowsObservatory
{
    ObservatoryView? View { get; }
    string ServiceName(string code);
    string DifficultyName(string code);
}
