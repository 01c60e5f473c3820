using LivingLibrary.Api.Platform;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>A failed database command is logged with its SQL, without the values it carried.</summary>
public sealed class QuietMartenLoggerTests
{
    private sealed class Captured : ILogger<IDocumentStore>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " " + exception?.Message);
    }

    [Fact]
    public void A_failed_command_is_logged_without_its_parameter_values()
    {
        var log = new Captured();
        var command = new NpgsqlCommand("insert into participants (name) values ($1)") { Parameters = { new() { Value = "Samira Benali" } } };
        using var batch = new NpgsqlBatch { BatchCommands = { new NpgsqlBatchCommand("insert into notes (text) values ($1)") { Parameters = { new() { Value = "My bank card PIN is 1234" } } } } };

        var logger = new QuietMartenLogger(log);
        logger.LogFailure(command, new InvalidOperationException("failed"));
        logger.LogFailure(batch, new InvalidOperationException("failed"));

        log.Lines.Count.ShouldBe(2);
        log.Lines.ShouldAllBe(line => line.Contains("insert into"));
        log.Lines.ShouldAllBe(line => !line.Contains("Samira") && !line.Contains("PIN"));
    }
}
