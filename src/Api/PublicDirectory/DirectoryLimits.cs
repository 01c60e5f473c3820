using LivingLibrary.Api.Evaluations;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.PublicDirectory;

/// <summary>
/// How often one client address may read the public directory without signing in (docs/adr/0032): plenty for a map that
/// refreshes or a person who filters, too few to make the API a load test. A console page asking in-process was limited
/// as the page's own request.
/// </summary>
public static class DirectoryLimits
{
    public const string Policy = "public-directory";
    public const int PerMinute = 120;

    public static void AddDirectoryLimits(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, context => AnswerCodeLimits.PerClientAddress(context, PerMinute)));
}
