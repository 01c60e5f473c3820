namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>The participant's home: their main actions, each on a screen of its own.</summary>
public sealed class IndexModel : MePage
{
    public sealed record MainAction(string Path, string Pictogram, Word Word);

    public static readonly IReadOnlyList<MainAction> Actions =
    [
        new("problem", "problem", Words.MeActionProblem),
        new("cases", "cases", Words.MeActionCases),
        new("pairings", "pairing", Words.MeActionPairings),
        new("helped", "helped", Words.MeActionHelped),
        new("evaluations", "evaluation", Words.MeActionEvaluations),
        new("progress", "progress", Words.MeActionProgress),
        new("calendar", "calendar", Words.MeCalendar),
        new("data", "data", Words.MeActionData),
        new("sign-out-everywhere", "signout", Words.MeSignOutEverywhere),
    ];

    /// <summary>The first word of the name the group knows them by: a greeting, not a form.</summary>
    public string FirstName => Participant.Person.DisplayName.Split(' ', 2)[0];

    public async Task<IActionResult> OnGetAsync() => await LoadMeAsync() is null ? NotFound() : Page();
}
