using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Scalar.AspNetCore;

namespace LivingLibrary.Api.Platform;

public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();

        if (!app.Environment.IsDevelopment()) return;

        app.MapScalarApiReference("/docs", options => options.WithTitle("LivingLibrary API")).AllowAnonymous();
        app.MapPost("/dev/token", Results<Ok<TokenResponse>, ValidationProblem> (TokenRequest request, DevelopmentTokens tokens) =>
            {
                var errors = request.Errors();
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
                var lifetime = TimeSpan.FromHours(8);
                return TypedResults.Ok(new TokenResponse(
                    tokens.Issue(request.UserId!, request.OrganisationId!, request.Role!, lifetime),
                    "Bearer",
                    (int)lifetime.TotalSeconds));
            })
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("Issue a development token (Development only).");
    }
}

public sealed record TokenRequest(string? UserId, string? OrganisationId, string? Role)
{
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(UserId) || UserId.Length > 200) errors["userId"] = ["is required (at most 200 characters)."];
        if (string.IsNullOrWhiteSpace(OrganisationId) || !System.Text.RegularExpressions.Regex.IsMatch(OrganisationId, "^[a-z0-9][a-z0-9-]{0,62}$"))
            errors["organisationId"] = ["is required: lower-case letters, digits and dashes."];
        if (Role is not (Security.CoordinatorRole or Security.FacilitatorRole))
            errors["role"] = ["must be 'coordinator' or 'facilitator'."];
        return errors;
    }
}

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
