namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>The evaluations of their group a participant may answer today by name, and have not answered yet.</summary>
public sealed class EvaluationsModel : MePage
{
    public IReadOnlyList<Campaign> Open { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool sent)
    {
        if (await LoadMeAsync() is not { } me) return NotFound();
        Sent = sent;
        Open = [.. (await Query.Query<Campaign>().Where(c => c.GroupId == me.GroupId).ToListAsync())
            .Where(c => c.TakesNamedAnswers && c.IsTakingAnswers(Today) is null && c.Answers.All(a => a.ParticipantId != Me))
            .OrderBy(c => c.ClosesOn)];
        return Page();
    }
}
