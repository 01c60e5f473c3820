using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// The facilitators' and coordinators' console (docs/adr/0015): Razor Pages under /console, served by the API's own
/// process, signed in with a cookie that holds the same claims as the API's tokens.
/// </summary>
public static class ConsoleSetup
{
    public const string Scheme = "console";
    public const string Policy = "console";
    public const string NetworkPolicy = "console-network";
    /// <summary>The folder of a network coordinator's pages: the only pages their cookie opens, and pages no one else's opens.</summary>
    public const string NetworkFolder = "/Networks/";
    public const string Prefix = "/console";
    /// <summary>The participants' own space (docs/adr/0026): its own cookie, its own pages, nothing of the staff's.</summary>
    public const string ParticipantScheme = "participant";
    public const string ParticipantPolicy = "console-participant";
    public const string ParticipantFolder = "/Me/";
    public const string ParticipantPrefix = "/console/me";
    public const string OidcScheme = "console-oidc";

    public static void AddConsole(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/ConsolePages/Pages";
            options.Conventions.Add(new UnderConsole());
            options.Conventions.AddFolderApplicationModelConvention("/", page => page.EndpointMetadata.Add(
                new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(
                    page.ViewEnginePath.StartsWith(NetworkFolder, StringComparison.Ordinal) ? NetworkPolicy
                    : page.ViewEnginePath.StartsWith(ParticipantFolder, StringComparison.Ordinal) ? ParticipantPolicy
                    : Policy)));
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Me/SignIn");
            options.Conventions.AllowAnonymousToPage("/Me/Answer");
            options.Conventions.AllowAnonymousToPage("/Programme/Public");
            options.Conventions.AllowAnonymousToPage("/Directory");
            options.Conventions.AllowAnonymousToPage("/Error");
        });

        // Pages write letters as they are (é, ë, ç, Cyrillic, Arabic), not as entities: lighter, and readable as source.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        // The participants' pages travel compressed to an old phone on a weak connection (docs/adr/0028, which says why BREACH
        // does not reach them); the staff's console is left as it was.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "text/css"];
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });

        var oidc = !string.IsNullOrEmpty(config["Auth:Authority"]);
        var authentication = builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            Cookie(options, "livinglibrary-console", Prefix, TimeSpan.FromHours(10));
            if (oidc) options.ForwardChallenge = OidcScheme;
        });
        // A participant's phone stays signed in (a persistent cookie, sliding); a shared computer's cookie ends with the browser.
        authentication.AddCookie(ParticipantScheme, options =>
        {
            Cookie(options, "livinglibrary-me", ParticipantPrefix, TimeSpan.FromDays(180));
            // Signed out everywhere, card revoked, left or erased: the cookie no longer signs anyone in.
            options.Events.OnValidatePrincipal = Cards.SignInStamp.ValidateAsync;
        });
        // In production the identity provider that issues the API's tokens signs people in; its tokens carry the
        // same claims (sub, org, role), kept as they are.
        if (oidc)
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                options.Authority = config["Auth:Authority"];
                options.ClientId = config["Auth:ConsoleClientId"] ?? "livinglibrary-console";
                options.ClientSecret = config["Auth:ConsoleClientSecret"];
                options.ResponseType = "code";
                options.SignInScheme = Scheme;
                options.CallbackPath = $"{Prefix}/signin-oidc";
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.TokenValidationParameters.NameClaimType = Security.UserIdClaim;
                options.TokenValidationParameters.RoleClaimType = Security.RoleClaim;
                options.ClaimActions.MapUniqueJsonKey(Security.OrganisationClaim, Security.OrganisationClaim);
                options.ClaimActions.MapUniqueJsonKey(Security.RoleClaim, Security.RoleClaim);
                options.ClaimActions.MapUniqueJsonKey(Security.NetworkClaim, Security.NetworkClaim);
                // The cookie holds what a local sign-in's holds (the console's own identity, the claims of an API token), not
                // the ID token's identity: the pages tell a signed-in person by the console's scheme (navigation, sign-out).
                options.Events.OnTicketReceived = context =>
                {
                    context.Principal = Person(context.Principal!.Claims.Where(claim => claim.Type is Security.UserIdClaim or Security.OrganisationClaim or Security.RoleClaim or Security.NetworkClaim));
                    return Task.CompletedTask;
                };
            });

        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(Security.UserIdClaim)
            .RequireAssertion(context => Security.KindOf(context.User) == CallerKinds.OrganisationStaff))
            .AddPolicy(NetworkPolicy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(Security.UserIdClaim)
            .RequireAssertion(context => Security.KindOf(context.User) == CallerKinds.NetworkCoordinator))
            .AddPolicy(ParticipantPolicy, policy => policy
            .AddAuthenticationSchemes(ParticipantScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Security.KindOf(context.User) == CallerKinds.Participant));
    }

    /// <summary>A cookie of the console: script cannot read it, other sites do not send it, it lives under its own address.</summary>
    private static void Cookie(CookieAuthenticationOptions options, string name, string path, TimeSpan lasts)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = path;
        options.ExpireTimeSpan = lasts;
        options.SlidingExpiration = true;
        options.LoginPath = $"{path}/sign-in";
        options.AccessDeniedPath = $"{path}/sign-in";
    }

    /// <summary>Whether the console signs people in itself (Development without an identity provider).</summary>
    public static bool SignsInLocally(IServiceProvider services) =>
        services.GetService<DevelopmentTokens>() is not null && string.IsNullOrEmpty(services.GetRequiredService<IConfiguration>()["Auth:Authority"]);

    /// <summary>The person's cookie: the claims an API token would carry.</summary>
    public static Task SignInAsync(HttpContext context, string userId, string organisationId, string role) =>
        context.SignInAsync(Scheme, Person(
            [new Claim(Security.UserIdClaim, userId), new Claim(Security.OrganisationClaim, organisationId), new Claim(Security.RoleClaim, role)]));

    /// <summary>A network coordinator's cookie: the claims a network coordinator's API token carries (no organisation).</summary>
    public static Task SignInNetworkCoordinatorAsync(HttpContext context, string userId, Guid networkId) =>
        context.SignInAsync(Scheme, Person(
            [new Claim(Security.UserIdClaim, userId), new Claim(Security.NetworkClaim, networkId.ToString("D")), new Claim(Security.RoleClaim, Security.NetworkCoordinatorRole)]));

    /// <summary>
    /// A participant's cookie: the claims a participant's token carries. <paramref name="ownDevice"/> keeps it after the
    /// browser closes (their own phone); otherwise it ends with the browser (a shared computer).
    /// </summary>
    public static Task SignInParticipantAsync(HttpContext context, Guid participantId, string organisationId, bool ownDevice, params Claim[] more) =>
        context.SignInAsync(ParticipantScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(Security.UserIdClaim, Domain.Caller.ParticipantUser(participantId)), new Claim(Security.OrganisationClaim, organisationId),
                new Claim(Security.RoleClaim, Security.ParticipantRole), new Claim(Security.ParticipantClaim, participantId.ToString("D")), .. more,
            ], ParticipantScheme, Security.UserIdClaim, Security.RoleClaim)),
            new AuthenticationProperties { IsPersistent = ownDevice });

    private static ClaimsPrincipal Person(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, Scheme, Security.UserIdClaim, Security.RoleClaim));

    public static void UseConsole(this WebApplication app)
    {
        app.UseWhen(Compressed, participants => participants.UseResponseCompression());
        // The stylesheet and the forms' script (forms.js) hold nobody's data: kept, and checked again before each use (no-store is for every other answer).
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
    }

    /// <summary>
    /// A console address answers its errors (an empty 404, 403 or 409, an exception) with a page of the console, in the
    /// person's language and its layout, with a way back (Pages/Error). Placed before routing, so that the error page it
    /// re-executes is routed; the API's errors stay problem+json (<see cref="IsConsole"/>, HttpConventions).
    /// </summary>
    public static void UseErrorPages(this WebApplication app) =>
        app.UseWhen(IsConsole, console =>
        {
            console.UseExceptionHandler($"{Prefix}/error/500");
            console.UseStatusCodePagesWithReExecute($"{Prefix}/error/{{0}}");
        });

    /// <summary>What is compressed: the participants' pages and their style sheet, as read (GET), never an answer to a form.</summary>
    private static bool Compressed(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && (context.Request.Path.StartsWithSegments(ParticipantPrefix) || context.Request.Path == $"{Prefix}/me.css");

    public static bool IsConsole(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);

    public static void MapConsole(this WebApplication app)
    {
        app.MapRazorPages();
        // A console address that is no page is a 404 for anyone (not the API's 401); files (the stylesheet) are left to static files.
        app.MapFallback($"{Prefix}/{{**path:nonfile}}", () => Results.NotFound()).AllowAnonymous();
    }

    /// <summary>Every page's route starts with /console; the API keeps /api.</summary>
    private sealed class UnderConsole : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            foreach (var selector in model.Selectors)
                selector.AttributeRouteModel!.Template = AttributeRouteModel.CombineTemplates("console", selector.AttributeRouteModel.Template);
        }
    }
}
