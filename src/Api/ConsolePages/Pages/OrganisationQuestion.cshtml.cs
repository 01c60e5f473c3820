using LivingLibrary.Domain.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>One of the organisation's questions: reworded through POST /api/questions/{id}/reword (campaigns opened from now on ask the new version).</summary>
public sealed class OrganisationQuestionModel : ApiReadingPage
{
    public OrganisationQuestion Question { get; private set; } = null!;
    public bool Reworded { get; private set; }

    private async Task<IActionResult?> LoadAsync(Guid questionId)
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } refused) return refused;
        if (await Query.LoadAsync<OrganisationQuestion>(questionId) is not { } question) return NotFound();
        Question = question;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid questionId, bool reworded)
    {
        Reworded = reworded;
        return await LoadAsync(questionId) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid questionId)
    {
        var sent = await SendAsync($"/api/questions/{questionId}/reword",
            new RewordOrganisationQuestion(new QuestionText(Request.Text("text.fr"), Request.Text("text.nl"), Request.Text("text.en"))),
            _ => $"{ConsoleSetup.Prefix}/organisation/questions/{questionId}?reworded=true#message");
        return await ShownWith(sent, () => LoadAsync(questionId));
    }
}
