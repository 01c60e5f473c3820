using System.Globalization;
using LivingLibrary.Api.ConsolePages;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Localisation;

/// <summary>
/// The language a request is answered in (docs/adr/0020): ASP.NET Core's request localisation, from <c>?language=</c>,
/// then the console's cookie, then <c>Accept-Language</c>; French, Dutch or English, French when none fits (no
/// organisation has a default language of its own yet). Only the UI culture follows: what people read (console pages,
/// printable pages) writes its dates, times and numbers through <see cref="Written"/>; the API's JSON and CSV stay invariant.
/// </summary>
public static class RequestLanguages
{
    public static readonly string[] Supported = ["fr", "nl", "en"];
    public const string Default = "fr";
    public const string QueryKey = "language";
    public const string Cookie = "livinglibrary-language";

    public static void AddRequestLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<Catalogue>();
        builder.Services.AddSingleton(OrganisationTime.From(builder.Configuration));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var process = CultureInfo.CurrentCulture;
            options.DefaultRequestCulture = new RequestCulture(process, CultureInfo.GetCultureInfo(Default));
            options.SupportedCultures = [process];
            // Development and the tests also speak the right-to-left pseudo-language (docs/adr/0028), never production.
            options.SupportedUICultures = [.. Supported.Select(CultureInfo.GetCultureInfo),
                .. builder.Environment.IsDevelopment() ? [CultureInfo.GetCultureInfo(PseudoLocale.Name)] : Array.Empty<CultureInfo>()];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider { CookieName = Cookie },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>First of all: every answer, a problem written by any middleware too, is worded in the request's language.</summary>
    public static void UseRequestLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(Remember);
    }

    /// <summary>The request's language: "fr", "nl" or "en".</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Whether the pages may be asked for in <paramref name="language"/> (the pseudo-language too, in Development).</summary>
    private static bool Speaks(HttpContext context, string language) =>
        context.RequestServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value.SupportedUICultures!
            .Any(c => c.Name.Equals(language, StringComparison.OrdinalIgnoreCase));

    /// <summary>A console address with ?language=xx remembers the choice in a cookie and goes to the same address without it.</summary>
    private static Task Remember(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments(ConsoleSetup.Prefix)
            || request.Query[QueryKey].ToString() is not { Length: > 0 } language)
            return next(context);
        if (Speaks(context, language))
            context.Response.Cookies.Append(Cookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), new CookieOptions
            {
                Path = ConsoleSetup.Prefix, MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
            });
        var rest = QueryString.Create(request.Query.Where(q => q.Key != QueryKey).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
        context.Response.Redirect($"{request.PathBase}{request.Path}{rest}");
        return Task.CompletedTask;
    }
}
