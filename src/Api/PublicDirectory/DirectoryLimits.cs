using LivingLibrary.Api.Evaluations;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.PublicDirectory;

/// <summary>
/// How often one client address may read what is public by design without signing in (docs/adr/0032): the directory and
/// an organisation's open programme (docs/adr/0030). Plenty for a map or a calendar that refreshes or a person who filters,
/// too few to make the API a load test; a one-time code's routes keep their own, tighter limit. A console page asking in-process was limited
/// as the page's own request.
/// </summary>
public static class DirectoryLimits
{
    public const string Policy = "public-directory";
    public const int PerMinute = 120;

    public static void AddDirectoryLimits(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, context => AnswerCodeLimits.PerClientAddress(context, PerMinute)));
}
