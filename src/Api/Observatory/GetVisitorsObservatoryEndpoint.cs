using LivingLibrary.Api.DropIns;

namespace LivingLibrary.Api.Observatory;

public static class GetVisitorsObservatoryEndpoint
{
    public static ProblemDetails Validate(ClaimsPrincipal user, string? from, string? to, TimeProvider clock) =>
        Problems.FirstOf(user.Caller().MaySeeTheWholeOrganisation(), new ObservatoryPeriod(from, to).Check(clock.Today()));

    [WolverineGet("/api/observatory/visitors"), Tags("Observatory")]
    [EndpointSummary("Who came to the drop-ins over whole months: requests and people by first language and by postcode area, each person once, no figure under three (coordinators)")]
    public static async Task<VisitorsView> Get(string? from, string? to, IQuerySession session, TimeProvider clock)
    {
        var (first, last, _) = new ObservatoryPeriod(from, to).Resolve(clock.Today());
        return VisitorsView.Of(first, last, await session.VisitsAsync(FirstDay(first), LastDay(last)));
    }

    public static DateOnly FirstDay(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly LastDay(string month) => FirstDay(month).AddMonths(1).AddDays(-1);
}
