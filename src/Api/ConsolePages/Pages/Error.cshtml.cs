using Microsoft.AspNetCore.Diagnostics;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>
/// What a console address answers when it has no page to show (ConsoleSetup.UseErrorPages): the refusal or the failure
/// in the person's words, with a way back. The status stays the one the request earned.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : ConsolePage
{
    public int Code { get; private set; }

    /// <summary>The console page the person came from, when there is one to go back to.</summary>
    public string? Previous { get; private set; }

    public (Word Title, Word Help) Said => Code switch
    {
        StatusCodes.Status403Forbidden => (Words.ErrorForbidden, Words.ErrorForbiddenHelp),
        StatusCodes.Status409Conflict => (Words.ErrorConflict, Words.ErrorConflictHelp),
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => (Words.ErrorNotFound, Words.ErrorNotFoundHelp),
        _ => (Words.ErrorFailed, Words.ErrorFailedHelp),
    };

    public IActionResult OnGet(int code) => Shown(code);

    /// <summary>A form's post re-executed here keeps its method.</summary>
    public IActionResult OnPost(int code) => Shown(code);

    private IActionResult Shown(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
                         || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        if (!reExecuted) Response.StatusCode = Code;
        var referer = Request.Headers.Referer.ToString();
        Previous = Uri.TryCreate(referer, UriKind.Absolute, out var from) && from.Authority == Request.Host.Value
                   && from.AbsolutePath.StartsWith(ConsoleSetup.Prefix, StringComparison.Ordinal) ? from.PathAndQuery : null;
        return Page();
    }
}
