using LivingLibrary.Api.Groups;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>My groups (GET /api/groups), and a new group for a coordinator (POST /api/groups).</summary>
public sealed class IndexModel : ConsolePage
{
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync() => Groups = await GetGroupsEndpoint.Get(Query, User);

    /// <summary>POST /api/groups: the new group's id comes back in the answer.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var command = new CreateGroup(Request.Text("name"), Request.Text("place"), Request.Date("startsOn"), Request.Date("endsOn"),
            Request.All("languages"));
        var shown = await SendAsync("/api/groups", command, answer => $"{ConsoleSetup.Prefix}/groups/{answer.Read<CreatedId>().Id}?saved=true");
        if (shown is PageResult) Groups = await GetGroupsEndpoint.Get(Query, User);
        return shown;
    }
}
