using LivingLibrary.Api.Groups;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// Participants found by a part of their name, in the groups the caller may see (GET /api/groups's rule: a coordinator every
/// group, a facilitator theirs, closed ones too), each with their group. Names and groups only, as a group's list shows
/// them: not a read of one person's data, so not journalled (docs/adr/0013); their page, opened from here, is.
/// </summary>
public sealed class FindPeopleModel : ConsolePage
{
    public const int ShortestName = 2;
    public const int LongestName = 100;
    public const int MostFound = 50;

    public string? Name { get; private set; }
    public IReadOnlyList<Participant> Found { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Group> Groups { get; private set; } = new Dictionary<Guid, Group>();

    public bool TooShort => Name is { Length: < ShortestName };

    public async Task OnGetAsync(string? name)
    {
        Name = name?.Trim() is { Length: > 0 } typed ? typed[..Math.Min(typed.Length, LongestName)] : null;
        if (Name is null || TooShort) return;
        Groups = (await GetGroupsEndpoint.Get(Query, User, includeClosed: true)).ToDictionary(g => g.Id);
        if (Groups.Count == 0) return;
        var ids = Groups.Keys.ToArray();
        var part = Name;
        Found = await Query.Query<Participant>()
            .Where(p => p.GroupId.IsOneOf(ids) && p.Person.DisplayName.Contains(part, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Person.DisplayName).Take(MostFound).ToListAsync();
    }
}
