using System.Globalization;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Competences;
using LivingLibrary.Api.DropIns;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Privacy;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// The organisation's own settings, for its coordinators: its services, tasks, evaluation questions, drop-in desks and
/// retention, each listed as the API serves it and added or changed through the API's own commands (POST /api/services,
/// /api/tasks, /api/questions, /api/desks; PUT /api/retention). A facilitator gets 403.
/// </summary>
public sealed class OrganisationSettingsModel : ApiReadingPage
{
    public IReadOnlyList<Service> Services { get; private set; } = [];
    public IReadOnlyList<TaskEntry> Tasks { get; private set; } = [];
    public IReadOnlyList<OrganisationQuestion> Questions { get; private set; } = [];
    public IReadOnlyList<DropInDesk> Desks { get; private set; } = [];
    public DeskListsView DeskLists { get; private set; } = null!;
    /// <summary>Every service a desk may help with: the built-in ones and the organisation's own.</summary>
    public IReadOnlyList<Service> DeskServices { get; private set; } = [];
    public RetentionPolicy Retention { get; private set; } = null!;
    public int DueForErasure { get; private set; }

    /// <summary>What was just saved (a section's name), for the page's notice.</summary>
    public string? Saved { get; private set; }

    /// <summary>The form that was sent and shown again with its errors: its fields keep what was typed.</summary>
    public string? Posted { get; private set; }

    public const int HoursRows = 3;

    private static string Done(string form) => $"{ConsoleSetup.Prefix}/organisation/settings?saved={form}#message";

    private async Task<IActionResult?> LoadAsync()
    {
        if (Refused(Caller.MaySeeTheWholeOrganisation()) is { } refused) return refused;
        DeskServices = await GetServicesEndpoint.Get(Query);
        Services = [.. DeskServices.Where(s => ServiceList.BuiltIn.Find(s.Code) is null)];
        DeskLists = await GetDeskListsEndpoint.Get(Query);
        Tasks = [.. (await GetTasksEndpoint.Get(Query)).Where(t => t.OwnTask)];
        Questions = await GetOrganisationQuestionsEndpoint.Get(Query);
        Desks = await GetDesksEndpoint.Get(Query, User);
        Retention = await GetRetentionEndpoint.Get(Query);
        DueForErasure = (await GetDueForErasureEndpoint.Get(User, Store, Clock)).Count;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string? saved)
    {
        Saved = saved;
        return await LoadAsync() ?? Page();
    }

    /// <summary>
    /// The form <paramref name="form"/>'s command, built by <paramref name="command"/> (which puts beside its field what it
    /// cannot read: an impossible time, a word for a number), sent through the API; the page again, with its errors, on a refusal.
    /// </summary>
    private async Task<IActionResult> Sent(string form, HttpMethod method, string path, Func<object> command)
    {
        Posted = form;
        var built = command();
        var sent = FieldsAtFault() ?? await SendAsync(method, path, built, _ => Done(form), form + ".");
        return await ShownWith(sent, LoadAsync);
    }

    public Task<IActionResult> OnPostServiceAsync() => Sent("service", HttpMethod.Post, "/api/services", () =>
        new AddOrganisationService(Request.Text("service.code"), Request.Text("service.nameFr"), Request.Text("service.nameNl"), Request.Text("service.nameEn")));

    public Task<IActionResult> OnPostTaskAsync() => Sent("task", HttpMethod.Post, "/api/tasks", () =>
        new AddOrganisationTask(Request.Text("task.code"), Request.Text("task.nameFr"), Request.Text("task.nameNl"), Request.Text("task.nameEn"),
            Request.All("task.competences")));

    public Task<IActionResult> OnPostQuestionAsync() => Sent("question", HttpMethod.Post, "/api/questions", () =>
    {
        var forKinds = Request.All("question.forKinds").Select(Choices.Read<CampaignKind>).ToList();
        if (forKinds.Any(k => k is not { } kind || !Enum.IsDefined(kind)))
            ModelState.AddModelError("question.forKinds", Beside(Says.NotAChoice(Choices.NamesOf(typeof(CampaignKind)))));
        return new AddOrganisationQuestion(Request.Choice<QuestionKind>("question.kind"), Text("question."), [.. forKinds.OfType<CampaignKind>()]);
    });

    public Task<IActionResult> OnPostDeskAsync() => Sent("desk", HttpMethod.Post, "/api/desks", () =>
        new OpenDropInDesk(Request.Text("desk.name"), Request.Text("desk.place"), [.. Enumerable.Range(0, HoursRows).Select(Hours).OfType<WeeklyHours>()],
            (Request.Text("desk.languages") ?? "").Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>POST /api/desks/{deskId}/staff: the desk chosen in the form.</summary>
    public Task<IActionResult> OnPostStaffAsync()
    {
        var desk = Request.Text("staff.deskId") is { } typed && Guid.TryParse(typed, out var id) ? id : Guid.Empty;
        if (desk == Guid.Empty) ModelState.AddModelError("staff.deskId", Beside(Says.Required));
        return Sent("staff", HttpMethod.Post, $"/api/desks/{desk}/staff", () =>
            new AssignDeskStaff(Request.Text("staff.userId"), Request.Text("staff.displayName")));
    }

    /// <summary>POST /api/desks/{deskId}/describe: the desk chosen in the form, described for the public directory.</summary>
    public Task<IActionResult> OnPostDescribeAsync()
    {
        var desk = Request.Text("describe.deskId") is { } typed && Guid.TryParse(typed, out var id) ? id : Guid.Empty;
        if (desk == Guid.Empty) ModelState.AddModelError("describe.deskId", Beside(Says.Required));
        return Sent("describe", HttpMethod.Post, $"/api/desks/{desk}/describe", () =>
            new DescribeDropInDesk(Request.Text("describe.hostPlace"), Request.All("describe.staffKinds"), Request.All("describe.accessibility"),
                Request.All("describe.services"), Request.Text("describe.postcode")));
    }

    /// <summary>POST /api/host-places or /api/staff-kinds, as the form's list says.</summary>
    public Task<IActionResult> OnPostDeskListAsync()
    {
        var list = Choices.Read<DeskList>(Request.Text("deskList.list"));
        if (list is null) ModelState.AddModelError("deskList.list", Beside(Says.RequiredOneOf(Choices.NamesOf(typeof(DeskList)))));
        else if (!Enum.IsDefined(list.Value)) ModelState.AddModelError("deskList.list", Beside(Says.NotAChoice(Choices.NamesOf(typeof(DeskList)))));
        return Sent("deskList", HttpMethod.Post, list == DeskList.StaffKind ? "/api/staff-kinds" : "/api/host-places", () =>
            new AddDeskListEntry(Request.Text("deskList.code"), Request.Text("deskList.nameFr"), Request.Text("deskList.nameNl"), Request.Text("deskList.nameEn")));
    }

    public Task<IActionResult> OnPostRetentionAsync() => Sent("retention", HttpMethod.Put, "/api/retention", () =>
    {
        if (Request.Text("retention.monthsAfterLeaving") is not { } typed) return new SetRetention(null);
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var months)) return new SetRetention(months);
        ModelState.AddModelError("retention.monthsAfterLeaving", Beside(Says.ANumber));
        return new SetRetention(null);
    });

    /// <summary>A question's text in the three languages, from fields under <paramref name="prefix"/>.</summary>
    internal QuestionText Text(string prefix) => new(Request.Text(prefix + "text.fr"), Request.Text(prefix + "text.nl"), Request.Text(prefix + "text.en"));

    /// <summary>A row of the desk's weekly hours: blank is no row; a day or time typed that is none is an error beside it.</summary>
    private WeeklyHours? Hours(int row)
    {
        var prefix = $"desk.hours[{row}].";
        var (day, from, until) = (Request.Text(prefix + "day"), Request.Text(prefix + "from"), Request.Text(prefix + "until"));
        if (day is null && from is null && until is null) return null;
        var weekday = Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var d) && Enum.IsDefined(d) ? d : (DayOfWeek?)null;
        if (weekday is null) ModelState.AddModelError(prefix + "day", Beside(Says.Required));
        TimeOnly? Time(string field, string? text)
        {
            if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
            ModelState.AddModelError(prefix + field, Beside(Says.ATime));
            return null;
        }
        var (opens, closes) = (Time("from", from), Time("until", until));
        return weekday is { } w && opens is { } o && closes is { } c ? new WeeklyHours(w, o, c) : null;
    }

    public string DayName(DayOfWeek day) => CultureInfo.GetCultureInfo(Language).DateTimeFormat.GetDayName(day);

    /// <summary>What the form <paramref name="form"/> posted as <paramref name="name"/>, when it is shown again.</summary>
    public string? Typed(string form, string name) => Posted == form ? Request.Text(name) : null;
}
