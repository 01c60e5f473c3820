using LivingLibrary.Api.Groups;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>My groups (GET /api/groups), and a new group for a coordinator (POST /api/groups).</summary>
public sealed class IndexModel : ConsolePage
{
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync() => Groups = await GetGroupsEndpoint.Get(Query, User);

    public async Task<IActionResult> OnPostAsync()
    {
        var command = new CreateGroup(Request.Text("name"), Request.Text("place"), Request.Date("startsOn"), Request.Date("endsOn"),
            Request.All("languages"));
        var groupId = Guid.CreateVersion7();
        var decision = Caller.MayCreateGroups() is { } forbidden ? forbidden : command.Decide(groupId, Today);
        if (Refused(decision.Refusal) is { } refused)
        {
            Groups = await GetGroupsEndpoint.Get(Query, User);
            return refused;
        }
        var session = Writing();
        session.Events.StartStream<Group>(groupId, decision.Events);
        await session.SaveChangesAsync();
        return LocalRedirect($"{ConsoleSetup.Prefix}/groups/{groupId}");
    }
}
