namespace LivingLibrary.Api.Activities.Calendars;

/// <summary>What a feed shows of its activities: where each takes place, from its place, else its partner, else its group's place.</summary>
public static class CalendarFeeds
{
    public static async Task<IResult> AnswerAsync(IQuerySession session, string name, IReadOnlyList<Activity> activities)
    {
        var groups = (await session.LoadManyAsync<Group>(activities.Select(a => a.GroupId).Distinct())).ToDictionary(g => g.Id);
        var partners = (await session.LoadManyAsync<Partner>(activities.Select(a => a.PartnerId).OfType<Guid>().Distinct())).ToDictionary(p => p.Id);
        return Results.Text(CalendarFeed.Write(name, activities, a => Where(a, groups, partners)), $"{CalendarFeed.MediaType}; charset=utf-8");
    }

    public static string? Where(Activity activity, IReadOnlyDictionary<Guid, Group> groups, IReadOnlyDictionary<Guid, Partner> partners) =>
        activity.Place
        ?? (activity.PartnerId is { } partnerId && partners.TryGetValue(partnerId, out var partner) ? partner.Details.Name : null)
        ?? groups.GetValueOrDefault(activity.GroupId)?.Place;
}
