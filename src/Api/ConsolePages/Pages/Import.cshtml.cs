using System.Text;
using System.Text.Json;
using LivingLibrary.Api.Import;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// Participants from a spreadsheet (POST /api/groups/{id}/participants/import): the file is sent first as a dry run, its
/// lines shown as a table (what each will do, or what is wrong with it, beside it), then imported when confirmed, all
/// lines or none. The confirmation carries the file it was checked on, so what is imported is what was shown.
/// </summary>
public sealed class ImportModel : ApiReadingPage
{
    public Group Group { get; private set; } = null!;
    public ImportReport? DryRun { get; private set; }
    public string? CheckedFile { get; private set; }
    public int? Imported { get; private set; }

    /// <summary>The lines of the file, good and bad, in its order.</summary>
    public IEnumerable<(int Line, ImportLine? Good, IReadOnlyList<ImportError> Errors)> Lines =>
        DryRun is not { } report ? [] :
        (report.Lines ?? []).Select(l => l.Line).Concat(report.Errors.Select(e => e.Line)).Distinct().Order()
            .Select(line => (line, report.Lines?.FirstOrDefault(l => l.Line == line), (IReadOnlyList<ImportError>)[.. report.Errors.Where(e => e.Line == line)]));

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        if (Refused(group.MayRun(Caller)) is { } refused) return refused;
        Group = group;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId, int? imported)
    {
        Imported = imported;
        return await LoadAsync(groupId) ?? Page();
    }

    /// <summary>The dry run: nothing is recorded, every bad line is named.</summary>
    public async Task<IActionResult> OnPostAsync(Guid groupId, IFormFile? file)
    {
        if (await LoadAsync(groupId) is { } refused) return refused;
        var text = file is { Length: > 0 } ? await new StreamReader(file.OpenReadStream()).ReadToEndAsync() : Request.Text("csv");
        if (text is null)
        {
            ModelState.AddModelError("file", Beside(Says.Required));
            return FieldsAtFault()!;
        }
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Post, $"/api/groups/{groupId}/participants/import?dryRun=true", Csv(text));
        if (Report(answer) is not { } report) return Refused(answer)!;
        DryRun = report;
        CheckedFile = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        if (report.Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The import of the file the dry run checked, keyed by the confirmation's one-time token.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid groupId)
    {
        if (await LoadAsync(groupId) is { } refused) return refused;
        if (Decoded(Request.Text("checked")) is not { } text) return await OnPostAsync(groupId, null);
        var answer = await SendFormAsync(HttpMethod.Post, $"/api/groups/{groupId}/participants/import", Csv(text));
        if (answer.Succeeded && Report(answer) is { } done)
            return LocalRedirect($"{ConsoleSetup.Prefix}/groups/{groupId}/import?imported={done.Imported}{(answer.Replayed ? $"&{Already}=true" : "")}#message");
        if (Report(answer) is { } bad)
        {
            (DryRun, CheckedFile) = (bad, Request.Text("checked"));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        CheckedFile = Request.Text("checked");
        return Refused(answer)!;
    }

    private static string? Decoded(string? base64)
    {
        try
        {
            return base64 is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static RawBody Csv(string text) => new("text/csv", Encoding.UTF8.GetBytes(text));

    /// <summary>The import's report, when the answer is one (a success, or a 400 naming the bad lines); else a problem.</summary>
    private static ImportReport? Report(ApiAnswer answer)
    {
        if (answer.Status is not (200 or 400)) return null;
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            return json.RootElement.TryGetProperty("validLines", out _) ? answer.Read<ImportReport>() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
