using Microsoft.AspNetCore.HttpLogging;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// What the log says of a request: its method, path, status and duration, never its query string, headers or body.
/// ASP.NET Core's own request lines ("Request starting …") print the whole URL, and a query carries what staff type
/// (a search, <c>q=</c>, may hold a name): they are never written, whatever the configured levels. The lines kept come
/// from the HTTP logging middleware, at Information (appsettings.json lets its category through while the rest of
/// "Microsoft.AspNetCore" is at Warning): one line per request, refused ones included, and no stack trace for a refusal.
/// </summary>
public static class RequestLog
{
    public static void AddRequestLog(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode
                | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
    }
}
