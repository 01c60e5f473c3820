using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// JWT bearer tokens: from the OIDC authority in configuration, or in Development from the local
/// issuer (<see cref="DevelopmentTokens"/>). See docs/adr/0002-authentication-and-tenancy.md.
/// </summary>
public static class Security
{
    public const string UserIdClaim = "sub";
    public const string OrganisationClaim = "org";
    public const string RoleClaim = "role";
    public const string CoordinatorRole = "coordinator";
    public const string FacilitatorRole = "facilitator";
    public const string NetworkClaim = "network";
    public const string NetworkCoordinatorRole = "networkCoordinator";
    public const string ParticipantRole = "participant";
    /// <summary>A participant's own id, in their token or cookie (docs/adr/0026).</summary>
    public const string ParticipantClaim = "participant";
    public const string Audience = "livinglibrary-api";

    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var development = builder.Environment.IsDevelopment();
        if (development) builder.Services.AddSingleton<DevelopmentTokens>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServiceProvider>((options, services) =>
            {
                options.MapInboundClaims = false;
                // A request the console sends in-process is its caller's (docs/adr/0022); a network request never is.
                options.ForwardDefaultSelector = context => context.Features.Get<InProcessCaller>() is null ? null : InProcessCaller.Scheme;
                options.TokenValidationParameters.NameClaimType = UserIdClaim;
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
                options.TokenValidationParameters.ValidAudience = config["Auth:Audience"] ?? Audience;

                var authority = config["Auth:Authority"];
                if (!string.IsNullOrEmpty(authority))
                {
                    options.Authority = authority;
                }
                else if (development)
                {
                    var tokens = services.GetRequiredService<DevelopmentTokens>();
                    options.TokenValidationParameters.ValidIssuer = DevelopmentTokens.Issuer;
                    options.TokenValidationParameters.IssuerSigningKey = tokens.SigningKey;
                }
            })
            // The API refuses to start without a way to validate tokens; offline commands (help, db-apply) still run.
            .Validate(options => !string.IsNullOrEmpty(options.Authority) || options.TokenValidationParameters.IssuerSigningKey is not null,
                "Auth:Authority (the OIDC authority that issues tokens) must be set outside Development.")
            .ValidateOnStart();

        // Every route is an organisation's staff's unless it says it is also (or only) a network coordinator's (docs/adr/0011).
        builder.Services.AddSingleton<IAuthorizationHandler, CallerKindHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ParticipantsSeeNotFound>();
        var policy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(UserIdClaim)
            .AddRequirements(new CallerKindRequirement())
            .Build();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(policy)
            .SetFallbackPolicy(policy);
    }

    /// <summary>Why the API cannot serve with this configuration (the database, the token settings validated at start), or null.</summary>
    public static string? StartupProblem(IServiceProvider services, bool serving)
    {
        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")))
            return "ConnectionStrings:Marten is not set: set ConnectionStrings__Marten to the PostgreSQL database (docs/operations.md), or run through ./run.sh.";
        if (!serving) return null;
        try
        {
            services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
            return null;
        }
        catch (OptionsValidationException invalid)
        {
            return string.Join(" ", invalid.Failures);
        }
    }

    /// <summary>What kind of caller a validated token is: an organisation's staff, a network coordinator, or neither.</summary>
    public static CallerKinds KindOf(ClaimsPrincipal user) =>
        user.FindFirstValue(OrganisationClaim) is { Length: > 0 } organisation
            ? (organisation.StartsWith(Network.TenantPrefix, StringComparison.Ordinal) ? CallerKinds.None
                : user.IsInRole(CoordinatorRole) || user.IsInRole(FacilitatorRole) ? CallerKinds.OrganisationStaff
                : user.IsInRole(ParticipantRole) && ParticipantOf(user) is { } participant
                    && user.FindFirstValue(UserIdClaim) == Domain.Caller.ParticipantUser(participant) ? CallerKinds.Participant
                : CallerKinds.None)
            : user.IsInRole(NetworkCoordinatorRole) && Guid.TryParse(user.FindFirstValue(NetworkClaim), out _) ? CallerKinds.NetworkCoordinator : CallerKinds.None;

    private static Guid? ParticipantOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ParticipantClaim), out var id) && id != Guid.Empty ? id : null;

    /// <summary>A network coordinator as the validated token says; only on routes open to them (<see cref="ForCallersAttribute"/>).</summary>
    public static NetworkCaller NetworkCaller(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(UserIdClaim)!, Guid.Parse(user.FindFirstValue(NetworkClaim)!));

    /// <summary>The caller as the validated token says; the default policy guarantees these claims.</summary>
    public static Caller Caller(this ClaimsPrincipal user) => new(
        user.FindFirstValue(UserIdClaim)!,
        user.FindFirstValue(OrganisationClaim)!,
        user.IsInRole(CoordinatorRole) ? Role.Coordinator : user.IsInRole(ParticipantRole) ? Role.Participant : Role.Facilitator)
    {
        ParticipantId = KindOf(user) == CallerKinds.Participant ? ParticipantOf(user) : null,
    };
}

[Flags]
public enum CallerKinds
{
    None = 0,
    OrganisationStaff = 1,
    NetworkCoordinator = 2,
    /// <summary>A participant acting for themself (docs/adr/0026): only on routes that say so, 404 on every other.</summary>
    Participant = 4,
}

/// <summary>Who may call a route. Without it, an organisation's staff only: a network coordinator gets 403 everywhere else.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ForCallersAttribute(CallerKinds kinds) : Attribute
{
    public CallerKinds Kinds { get; } = kinds;
}

/// <summary>
/// A route without sign-in whose credential is a one-time code it is sent (docs/adr/0009): its organisation is the one its
/// address names (<c>{organisationId}</c>), whoever calls, and what it may reach is what the code opens.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CodeIsTheCredentialAttribute : Attribute;

/// <summary>
/// A route anyone may read without signing in (docs/adr/0032): what it answers is public by design (a directory of desks).
/// Its tenant is the one its address names, whoever calls: a network's (<c>{networkId}</c>) or an organisation's
/// (<c>{organisationId}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicAttribute : Attribute;

public sealed class CallerKindRequirement : IAuthorizationRequirement;

/// <summary>Lets a caller through when their kind is one the route is for.</summary>
internal sealed class CallerKindHandler : AuthorizationHandler<CallerKindRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerKindRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        var allowed = endpoint?.Metadata.GetMetadata<ForCallersAttribute>()?.Kinds ?? CallerKinds.OrganisationStaff;
        var kind = Security.KindOf(context.User);
        if (kind != CallerKinds.None && allowed.HasFlag(kind)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The tenant of a request, from the validated token only: the organisation (<c>org</c>), or for a network coordinator
/// their network's own tenant. A token whose organisation looks like a network's tenant has none.
/// </summary>
internal sealed class CallerTenant : Wolverine.Http.Runtime.MultiTenancy.ITenantDetection
{
    public ValueTask<string?> DetectTenant(HttpContext context) =>
        ValueTask.FromResult(context.GetEndpoint()?.Metadata is { } metadata
            && (metadata.GetMetadata<CodeIsTheCredentialAttribute>() is not null || metadata.GetMetadata<PublicAttribute>() is not null)
            ? NamedBy(context.Request.RouteValues)
            : Security.KindOf(context.User) switch
            {
                CallerKinds.OrganisationStaff or CallerKinds.Participant => context.User.FindFirstValue(Security.OrganisationClaim),
                CallerKinds.NetworkCoordinator => Network.TenantOf(context.User.NetworkCaller().NetworkId),
                _ => null,
            });

    /// <summary>The tenant an address names; a network id that is none names a tenant that holds nothing (then 404).</summary>
    private static string? NamedBy(RouteValueDictionary route) =>
        route["networkId"] is string network
            ? Network.TenantOf(Guid.TryParse(network, out var id) ? id : Guid.Empty)
            : route["organisationId"] is string named && !named.StartsWith(Network.TenantPrefix, StringComparison.Ordinal) ? named : null;
}

/// <summary>
/// A participant may not know that the staff's routes exist: where a route is not theirs, they get the 404 an unknown
/// address gets, not the 403 staff of the wrong kind get (docs/adr/0026).
/// </summary>
internal sealed class ParticipantsSeeNotFound : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && Security.KindOf(context.User) == CallerKinds.Participant)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
