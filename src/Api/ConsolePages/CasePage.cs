namespace LivingLibrary.Api.ConsolePages;

/// <summary>What the case, desk and knowledge pages share: the organisation's reference lists, named in the person's language, and the form posted.</summary>
public abstract class CasePage : ConsolePage
{
    public ServiceList Services { get; private set; } = ServiceList.BuiltIn;

    protected async Task LoadListsAsync()
    {
        Services = await Query.ServiceListAsync();
        await LoadSkillsAsync();
    }

    public string ServiceName(string code) => Services.Find(code)?.Name.In(Language) ?? code;

    public string DifficultyName(string code) => Difficulties.All.FirstOrDefault(d => d.Code == code)?.Name.In(Language) ?? code;

    public IEnumerable<Choice> ServiceOptions => Services.All.Select(s => new Choice(s.Code, s.Name.In(Language)));

    public IEnumerable<Choice> DifficultyOptions => Difficulties.All.Select(d => new Choice(d.Code, d.Name.In(Language)));

    public IEnumerable<Choice> TaskOptions => Skills.Tasks.Select(t => new Choice(t.Code, t.Name.In(Language)));

    /// <summary>Whether the form of this handler ("" for the page's own) is the one posted, coming back.</summary>
    public bool IsPosted(string handler) => Request.HasFormContentType && Request.Query["handler"].ToString() == handler;

    /// <summary>What was typed in a field of the form that came back, else <paramref name="otherwise"/>.</summary>
    public string? Typed(string handler, string name, string? otherwise = null) => IsPosted(handler) ? Request.Text(name) : otherwise;

    /// <summary>The 409's reason, above the form that was posted only.</summary>
    public string? ProblemOf(string handler) => IsPosted(handler) ? FormProblem : null;
}
