using LivingLibrary.Api.Me;

namespace LivingLibrary.Api.ConsolePages.Pages.Me.Cases;

/// <summary>One of their own cases (GET /api/me/cases/{id}): what was done and where to go, newest first. Another's is a 404.</summary>
public sealed class CaseModel : MePage
{
    public MyCase Case { get; private set; } = null!;
    public ServiceList Services { get; private set; } = ServiceList.BuiltIn;
    public bool Posted { get; private set; }

    public string ServiceName(string code) => Services.Find(code)?.Name.In(Language) ?? "";

    private async Task<IActionResult?> LoadAsync(Guid caseId)
    {
        if (await LoadMeAsync() is null) return NotFound();
        var problem = await Query.LoadAsync<ProblemCase>(caseId);
        if (problem is null || GetMyCaseEndpoint.Validate(problem, User) is { } refused && refused != Wolverine.Http.WolverineContinue.NoProblems)
            return NotFound();
        Case = await GetMyCaseEndpoint.Get(problem, Query);
        Services = await Query.ServiceListAsync();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid caseId, bool posted)
    {
        Posted = posted;
        return await LoadAsync(caseId) ?? Page();
    }
}
