using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LivingLibrary.Api.Evaluations;

/// <summary>
/// How often one client address may try one-time codes without signing in (docs/adr/0009): enough for a room answering
/// on one Wi-Fi, far too few to guess codes. Keyed by the address, never by the code (a guesser sends a new code each
/// time, and no code is kept in memory). A request the console sends in-process was limited as the page's own request.
/// </summary>
public static class AnswerCodeLimits
{
    public const string Policy = "answer-codes";
    public const int PerMinute = 60;

    public static void AddAnswerCodeLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => PerClientAddress(context, PerMinute));
        });

    /// <summary>So many requests a minute per client address; a request the console sends in-process is not counted twice.</summary>
    public static RateLimitPartition<string> PerClientAddress(HttpContext context, int perMinute) =>
        context.Features.Get<InProcessCaller>() is not null
            ? RateLimitPartition.GetNoLimiter("in-process")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
}
