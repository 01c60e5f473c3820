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

        var policy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(UserIdClaim)
            .RequireClaim(OrganisationClaim)
            .RequireRole(CoordinatorRole, FacilitatorRole)
            .Build();
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(policy)
            .SetFallbackPolicy(policy);
    }

    /// <summary>Why the API cannot serve with this configuration (the token settings validated at start), or null.</summary>
    public static string? StartupProblem(IServiceProvider services)
    {
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

    /// <summary>The caller as the validated token says; the default policy guarantees these claims.</summary>
    public static Caller Caller(this ClaimsPrincipal user) => new(
        user.FindFirstValue(UserIdClaim)!,
        user.FindFirstValue(OrganisationClaim)!,
        user.IsInRole(CoordinatorRole) ? Role.Coordinator : Role.Facilitator);
}
