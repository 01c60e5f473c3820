using LivingLibrary.Api.Evaluations;

namespace LivingLibrary.Api.ConsolePages.Pages.Me;

/// <summary>
/// The questions of an evaluation as a participant answers them on their phone, by name or with a code: one input per
/// question (q.0, q.1…), a blank one is no answer. The API checks the answers; the page only reads them.
/// </summary>
public sealed record QuestionsForm(IReadOnlyList<AskedQuestion> Questions, IFormCollection? Sent)
{
    public static string InputOf(int question) => $"q.{question}";

    /// <summary>What was chosen or written before the form came back (a refusal), so that nothing is lost.</summary>
    public string? Chosen(int question) => Sent?[InputOf(question)].ToString() is { Length: > 0 } value ? value : null;

    public bool MayQuote => Sent?["mayQuote"].ToString() == "true";

    public IReadOnlyList<Answer?> Answers() =>
        [.. Questions.Select((q, i) => (q, i)).Where(x => Chosen(x.i) is not null).Select(x => (Answer?)(Questionnaire.Choices(x.q.Kind) is null
            ? new Answer(x.q.Key, x.q.Version, null, Chosen(x.i))
            : new Answer(x.q.Key, x.q.Version, int.TryParse(Chosen(x.i), out var choice) ? choice : null, null)))];
}
