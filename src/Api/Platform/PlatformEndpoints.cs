using System.ComponentModel.DataAnnotations;
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
                    request.Role == Security.NetworkCoordinatorRole
                        ? tokens.IssueForNetwork(request.UserId!, request.NetworkId!.Value, lifetime)
                        : tokens.Issue(request.UserId!, request.OrganisationId!, request.Role!, lifetime),
                    "Bearer",
                    (int)lifetime.TotalSeconds));
            })
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("IssueDevelopmentToken")
            .WithSummary("Issue a development token (Development only).");
        // What the process has allocated so far, in bytes: the HTTP benchmark divides its growth over a measure by the answers.
        app.MapGet("/dev/allocated", () => Results.Text(GC.GetTotalAllocatedBytes().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}

/// <summary>An organisation's coordinator or facilitator (organisationId), or a network coordinator (networkId).</summary>
public sealed record TokenRequest([Required] string? UserId, string? OrganisationId, [Required] string? Role, Guid? NetworkId = null)
{
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(UserId) || UserId.Length > 200) errors["userId"] = ["is required (at most 200 characters)."];
        if (Role == Security.NetworkCoordinatorRole)
        {
            if (NetworkId is null) errors["networkId"] = ["is required for a network coordinator."];
            if (OrganisationId is not null) errors["organisationId"] = ["must be left out: a network coordinator belongs to no organisation."];
        }
        else if (string.IsNullOrWhiteSpace(OrganisationId) || !System.Text.RegularExpressions.Regex.IsMatch(OrganisationId, "^[a-z0-9][a-z0-9-]{0,62}$"))
            errors["organisationId"] = ["is required: lower-case letters, digits and dashes."];
        if (Role is not (Security.CoordinatorRole or Security.FacilitatorRole or Security.NetworkCoordinatorRole))
            errors["role"] = ["must be 'coordinator', 'facilitator' or 'networkCoordinator'."];
        return errors;
    }
}

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
