namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// A page that reads what it shows through the API, in-process (docs/adr/0022): the API checks access and answers as it
/// answers any client, so a page for a network coordinator or a person's download keeps the API's rules without a copy.
/// </summary>
public abstract class ApiReadingPage : ConsolePage
{
    /// <summary>GET <paramref name="path"/>: the view read, or the API's refusal shown as the page's (404, 403, the form again).</summary>
    protected async Task<(T? Read, IActionResult? Refusal)> ReadAsync<T>(string path) where T : class
    {
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, path);
        return answer.Succeeded ? (answer.Read<T>(), null) : (null, Refused(answer));
    }

    /// <summary>GET <paramref name="path"/>, its bytes passed on as the API wrote them (a download, a printable page).</summary>
    protected async Task<IActionResult> PassOnAsync(string path)
    {
        var answer = await Api.SendAsync(HttpContext, HttpMethod.Get, path);
        if (!answer.Succeeded) return Refused(answer)!;
        if (answer.Headers.ContentDisposition is { Count: > 0 } disposition) Response.Headers.ContentDisposition = disposition;
        return File(answer.Body, answer.Headers.ContentType.ToString() is { Length: > 0 } type ? type : "application/octet-stream");
    }

    /// <summary>A date typed that is none (31/02): an error beside its field, never a date dropped (issue 23).</summary>
    protected DateOnly? TypedDate(string field, string prefix = "")
    {
        if (Request.Text(prefix + field) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)) return day;
        ModelState.AddModelError(prefix + field, Beside(Says.ADate));
        return null;
    }

    /// <summary>The form again, 400, when a field was refused here before the API was asked.</summary>
    protected IActionResult? FieldsAtFault()
    {
        if (ModelState.IsValid) return null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
