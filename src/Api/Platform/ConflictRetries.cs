using JasperFx;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A command that lost a race (another command appended to one of its streams between its read and its
/// append) is run again from the start: it re-reads the streams and decides again, which is safe because
/// decisions are pure and the lost attempt appended nothing. Only when it still fails after a few tries,
/// or when the caller named a version (If-Match), does the caller get the 409. See docs/adr/0006.
/// </summary>
public static class ConflictRetries
{
    public const int Attempts = 4;

    public static void UseConflictRetries(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || context.Request.Headers.IfMatch.Count > 0)
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception lost) when (attempt < Attempts && LostARace(lost) && !context.Response.HasStarted)
            {
                context.Request.Body.Position = 0;
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), context.RequestAborted);
            }
        }
    });

    public static bool LostARace(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is ConcurrencyException) return true;
        return false;
    }
}
