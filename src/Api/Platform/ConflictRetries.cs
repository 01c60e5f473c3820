using System.Diagnostics;
using System.Runtime.ExceptionServices;
using JasperFx;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// A command that lost a race (another command appended to one of its streams between its read and its
/// append) is run again from the start: it re-reads the streams and decides again, which is safe because
/// decisions are pure and the lost attempt appended nothing. The retries of one stream take turns (one at a time
/// on this node), so sixty renames of one group sent at once all go through, one after the other, instead of
/// losing to each other again. Only when it still fails after <see cref="Budget"/>, or when the caller named a
/// version (If-Match), does the caller get the 409. See docs/adr/0006.
/// </summary>
public static class ConflictRetries
{
    /// <summary>How long a request keeps trying before its caller gets the 409.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    /// <summary>Retries take turns per stream; streams share these turns by hash (a few unrelated retries may wait for each other).</summary>
    private static readonly SemaphoreSlim[] Turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static void UseConflictRetries(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || context.Request.Headers.IfMatch.Count > 0)
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var trying = Stopwatch.StartNew();
        SemaphoreSlim? turn = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunAsync(next, context, turn);
                return;
            }
            catch (Exception lost) when (LostARace(lost) && !context.Response.HasStarted && trying.Elapsed < Budget)
            {
                context.Request.Body.Position = 0;
                await Task.Delay(Random.Shared.Next(1, Math.Min(50, 5 * attempt)), context.RequestAborted);
                turn = TurnOf(lost, context);
                var left = Budget - trying.Elapsed;
                if (left <= TimeSpan.Zero || !await turn.WaitAsync(left, context.RequestAborted)) ExceptionDispatchInfo.Throw(lost);
            }
        }
    });

    /// <summary>The request, in its stream's turn once it has lost a race.</summary>
    private static async Task RunAsync(RequestDelegate next, HttpContext context, SemaphoreSlim? turn)
    {
        if (turn is null)
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            turn.Release();
        }
    }

    public static bool LostARace(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is ConcurrencyException) return true;
        return false;
    }

    /// <summary>The turns of the stream that was contended, or of the route when the exception does not say which.</summary>
    private static SemaphoreSlim TurnOf(Exception lost, HttpContext context)
    {
        object? stream = null;
        for (var exception = lost; exception is not null && stream is null; exception = exception.InnerException)
            if (exception is ConcurrencyException concurrency) stream = concurrency.Id;
        var key = (stream ?? context.Request.Path.Value ?? "").GetHashCode();
        return Turns[(key & int.MaxValue) % Turns.Length];
    }
}
