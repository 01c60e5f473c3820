namespace LivingLibrary.Api.ConsolePages;

/// <summary>The console's language: chosen by the person (?language=, then remembered in a cookie), else their browser's, else French.</summary>
public static class ConsoleLanguage
{
    public static readonly string[] Supported = ["fr", "nl", "en"];
    private const string Cookie = "livinglibrary-language";

    public static string Of(HttpContext context)
    {
        if (context.Request.Cookies[Cookie] is { } chosen && Supported.Contains(chosen)) return chosen;
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && Supported.Contains(l));
        return accepted ?? Label.FallbackLanguage;
    }

    /// <summary>A console address with ?language=xx remembers the choice and goes to the same address without it.</summary>
    public static void UseConsoleLanguage(this WebApplication app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments(ConsoleSetup.Prefix)
            || request.Query["language"].ToString() is not { Length: > 0 } language)
            return next(context);
        if (Supported.Contains(language))
            context.Response.Cookies.Append(Cookie, language, new CookieOptions
            {
                Path = ConsoleSetup.Prefix, MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
            });
        var rest = QueryString.Create(request.Query.Where(q => q.Key != "language").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
        context.Response.Redirect($"{request.PathBase}{request.Path}{rest}");
        return Task.CompletedTask;
    });
}
