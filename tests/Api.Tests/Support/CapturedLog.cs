using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// Every line the host logs, at every level, with the full text of its exception and of the scopes it was logged in:
/// what an operator's log would hold, to be searched for personal data. Each line names the trace it was logged in
/// (a request's trace id is in its problem's <c>traceId</c>), so that a request's lines can be counted.
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private void Add(string line) => _lines.Enqueue(line);

    private sealed class Logger(string category, CapturedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            log.Add($"scope {category}: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add($"{logLevel} {category}[{eventId}] trace={Activity.Current?.TraceId}: {formatter(state, exception)} {Describe(state)} {exception}");

        /// <summary>The state's own values too, in case a value is carried without appearing in the message.</summary>
        private static string Describe(object? state) =>
            state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? "";
    }
}
