using Microsoft.AspNetCore.Mvc.RazorPages;
using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What every console page shares: the person's language, the caller as their cookie says, sessions on their
/// organisation's tenant, and refusals shown as the API gives them (404, 403, 409, fields at fault).
/// </summary>
public abstract class ConsolePage : PageModel
{
    private IQuerySession? query;
    private Written? written;

    public string Language => RequestLanguages.Current;

    public string T(Word word) => HttpContext.RequestServices.GetRequiredService<Catalogue>().Say(word);

    /// <summary>A word in another language than the page's (a slip printed for someone else).</summary>
    public string T(Word word, string language) => HttpContext.RequestServices.GetRequiredService<Catalogue>().Say(word, language);

    /// <summary>Dates, times and numbers as the page's language writes them, times in the organisation's time zone.</summary>
    public Written Written => written ??= HttpContext.RequestServices.GetRequiredService<OrganisationTime>().In(Language);

    public string Date(DateOnly day) => Written.Date(day);

    public string Date(DateOnly? day) => day is { } known ? Written.Date(known) : "";

    public string Time(DateTimeOffset instant) => Written.Time(instant);

    /// <summary>A language by its name in the page's language (or in <paramref name="inLanguage"/>).</summary>
    public string LanguageName(string code, string? inLanguage = null) =>
        HttpContext.RequestServices.GetRequiredService<Catalogue>().LanguageName(code, inLanguage ?? Language);

    public Caller Caller => User.Caller();

    protected TimeProvider Clock => HttpContext.RequestServices.GetRequiredService<TimeProvider>();

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected IDocumentStore Store => HttpContext.RequestServices.GetRequiredService<IDocumentStore>();

    /// <summary>The caller's organisation, read.</summary>
    protected IQuerySession Query => query ??= Disposed(Store.QuerySession(Caller.OrganisationId));

    private T Disposed<T>(T session) where T : IAsyncDisposable
    {
        HttpContext.Response.RegisterForDisposeAsync(session);
        return session;
    }

    /// <summary>A group the caller may see (as the API's group rules say), or null: a 404 for them, as the API answers.</summary>
    protected async Task<Domain.Groups.Group?> VisibleGroupAsync(Guid groupId) => (await VisibleGroupAsync(groupId, []))?.Group;

    /// <summary>The same, with parts of its stored views, in one query as the API reads them.</summary>
    protected async Task<GroupWithViews?> VisibleGroupAsync(Guid groupId, params string[] parts) =>
        await Query.GroupWithViewsAsync(groupId, parts) is { } read && read.Group.MaySee(Caller) is null ? read : null;

    /// <summary>
    /// The names the organisation gave its staff (its groups' facilitators, its desks' staff), by user id, for pages that
    /// say who did something; a user the organisation named nowhere (a coordinator) keeps their id.
    /// </summary>
    protected async Task<IReadOnlyDictionary<string, string>> StaffNamesAsync()
    {
        // Only the lists of people are read, not whole groups and desks: a case page shows this on every request.
        var facilitators = (await Query.Query<Domain.Groups.Group>().Select(g => g.Facilitators).ToListAsync())
            .SelectMany(list => list.Select(f => (Id: f.FacilitatorId, Name: f.DisplayName)));
        var staff = (await Query.Query<Domain.DropIns.DropInDesk>().Select(d => d.Staff).ToListAsync())
            .SelectMany(list => list.Select(s => (Id: s.UserId, Name: s.DisplayName)));
        return facilitators.Concat(staff).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);
    }

    /// <summary>The organisation's tasks and DigComp, for pages that name skills (after <see cref="LoadSkillsAsync"/>).</summary>
    public SkillCatalogue Skills { get; private set; } = SkillCatalogue.BuiltIn;

    protected async Task LoadSkillsAsync() => Skills = await Query.SkillCatalogueAsync();

    /// <summary>A task's or competence's name in the person's language, else its code.</summary>
    public string SkillName(string code) => Skills.LabelOf(Skill.FromCode(code)) is { } label ? In(label) : code;

    /// <summary>
    /// Reference data's words (a task's, a service's name) in the page's language; in the right-to-left pseudo-language, its
    /// French accented as the catalogue's words are (docs/adr/0028), since a translator translates these too.
    /// </summary>
    public string In(Label label) => Localisation.PseudoLocale.IsCurrent ? Localisation.PseudoLocale.Of(label.In(Label.FallbackLanguage)) : label.In(Language);

    /// <summary>
    /// The page shown records what it read of a person, as the API's journalled routes do (docs/adr/0013); a refusal
    /// or a redirect shows nothing and records nothing.
    /// </summary>
    protected async Task<IActionResult> Journalled(IActionResult result, PersonKind kind, Guid personId, Guid? caseId, params PersonalRead[] reads)
    {
        if (result is PageResult)
            await Store.RecordReadsAsync(Caller.OrganisationId, Clock.GetUtcNow(), Caller.UserId, kind, personId, caseId, reads);
        return result;
    }

    /// <summary>The API, run in-process: the one path of every command (docs/adr/0022).</summary>
    protected InProcessApi Api => HttpContext.RequestServices.GetRequiredService<InProcessApi>();

    /// <summary>The query flag of a page reached again by a form sent twice: the layout says nothing was recorded twice.</summary>
    public const string Already = "already";

    /// <summary>
    /// Sends the form's command through the API (POST <paramref name="path"/>), keyed by the form's one-time token: the
    /// API's refusal is shown as the page shows any (<see cref="Refused"/>, fields under <paramref name="prefix"/>); on
    /// success the browser goes to <paramref name="then"/>'s address, told when the form had been sent before.
    /// </summary>
    protected Task<IActionResult> SendAsync(string path, object? command, Func<ApiAnswer, string> then, string prefix = "") =>
        SendAsync(HttpMethod.Post, path, command, then, prefix);

    /// <param name="onPage">Names the API's fields at fault as the page's inputs, where they differ.</param>
    protected async Task<IActionResult> SendAsync(HttpMethod method, string path, object? command, Func<ApiAnswer, string> then, string prefix = "",
        Func<Refusal, Refusal>? onPage = null)
    {
        if (WrongDates() is { } wrong) return wrong;
        var answer = await SendFormAsync(method, path, command);
        return Refused(answer, prefix, onPage) ?? LocalRedirect(AtMessage(answer.Replayed ? SaidAgain(then(answer)) : then(answer)));
    }

    /// <summary>The id of the message a page shows after a post: a success's redirect points to it, forms.js gives it focus.</summary>
    public const string Message = "message";

    /// <summary>The address, ending in the message's anchor unless it names another.</summary>
    protected static string AtMessage(string address) => address.Contains('#') ? address : $"{address}#{Message}";

    /// <summary>
    /// The id of the notice of what a post did (<c>&lt;p id="@Model.MessageId" class="notice" role="status" tabindex="-1"&gt;</c>):
    /// none when the form had been sent before, as the layout's "already recorded" is then the message.
    /// </summary>
    public string? MessageId => Request.Query[Already] == "true" ? null : Message;

    /// <summary>
    /// The form again (400) when a date typed is no day of the calendar (<see cref="FormValues.Date"/>): said beside its
    /// field, with what is expected, and nothing sent (an optional date is never dropped, a required one not called missing).
    /// </summary>
    protected IActionResult? WrongDates()
    {
        if (Request.WrongDates() is not { Count: > 0 } wrong) return null;
        foreach (var name in wrong) ModelState.AddModelError(name, T(Words.DateExpected));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The form's command sent through the API, keyed by the form's one-time token, for a page that shows the answer itself.</summary>
    protected Task<ApiAnswer> SendFormAsync(HttpMethod method, string path, object? command) =>
        Api.SendAsync(HttpContext, method, path, command, FormTokenSent is { Length: <= 64 } token ? token : null);

    private string? FormTokenSent => Request.HasFormContentType && Request.Form[FormToken.Field].ToString() is { Length: > 0 } token ? token : null;

    /// <summary>The API's refusal shown on the page (<see cref="Refused(Refusal?, string)"/>), or null when it succeeded.</summary>
    protected IActionResult? Refused(ApiAnswer answer, string prefix = "", Func<Refusal, Refusal>? onPage = null)
    {
        if (answer.Status == StatusCodes.Status422UnprocessableEntity && FormTokenSent is not null)
        {
            FormProblem = T(Words.SentBeforeOtherwise);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Refused(answer.Refusal is { } refusal && onPage is not null ? onPage(refusal) : answer.Refusal, prefix);
    }

    /// <summary>
    /// What <see cref="SendAsync"/> answered, with the page read by <paramref name="load"/> when it is shown (a refusal), and
    /// only then: a success goes elsewhere and reads nothing here. The access the API checked is not checked again.
    /// </summary>
    /// <summary>The page again, as a 400: a form's fields are at fault before anything was sent.</summary>
    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected static async Task<IActionResult> ShownWith(IActionResult sent, Func<Task<IActionResult?>> load) =>
        sent is PageResult ? await load() ?? sent : sent;

    /// <summary>The address with the <see cref="Already"/> flag in its query, before any fragment.</summary>
    private static string SaidAgain(string address)
    {
        var fragment = address.IndexOf('#') is var at and >= 0 ? address[at..] : "";
        var path = address[..(address.Length - fragment.Length)];
        return $"{path}{(path.Contains('?') ? '&' : '?')}{Already}=true{fragment}";
    }

    /// <summary>A message for the whole form, above it.</summary>
    public string? FormProblem { get; private set; }

    /// <summary>
    /// Shows a refusal as the API would answer it: the page's 404 or 403, or the form again with the fields at fault
    /// (400) or the state's reason (409), in the person's language. Returns null when there is none.
    /// </summary>
    /// <param name="names">Who the refusal's people are, when it names some.</param>
    protected IActionResult? Refused(Refusal? refusal, string prefix = "", Names? names = null)
    {
        switch (refusal)
        {
            case null:
                return null;
            case { Kind: RefusalKind.NotFound }:
                return NotFound();
            case { Kind: RefusalKind.Forbidden }:
                return StatusCode(403);
            case { Kind: RefusalKind.Invalid, Errors: { } errors }:
                foreach (var (field, messages) in errors)
                foreach (var message in messages)
                    ModelState.AddModelError(prefix + field, Beside(message, names));
                Response.StatusCode = 400;
                return Page();
            default:
                FormProblem = Say(refusal.Detail, names);
                Response.StatusCode = refusal.Kind == RefusalKind.Conflict ? 409 : 400;
                return Page();
        }
    }

    /// <summary>What the domain says, in the person's language, naming the organisation's skills (docs/adr/0020).</summary>
    public string Say(Message message, Names? names = null) => Wording.Say(message, names ?? new Names(SkillList: Skills));

    /// <summary>The one catalogue of what the domain says (the API words its answers with it too).</summary>
    protected Catalogue Wording => HttpContext.RequestServices.GetRequiredService<Catalogue>();

    /// <summary>A field's fault beside the field, as a sentence of its own (the catalogue's words for a form where it has some).</summary>
    protected string Beside(Message message, Names? names = null) => Wording.SayBeside(message, names ?? new Names(SkillList: Skills));

    /// <summary>The error of a field, in the person's language.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
