using Marten.Services;
using Npgsql;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// Marten's log without personal data: a failed command is logged with its SQL, never with its parameter
/// values (a name, a contact, a sentence someone wrote), which Marten's default logger prints.
/// </summary>
public sealed class QuietMartenLogger(ILogger<IDocumentStore> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Marten applied a schema change.");

    public void LogSuccess(NpgsqlCommand command) { }

    public void LogSuccess(NpgsqlBatch batch) { }

    public void LogFailure(NpgsqlCommand command, Exception ex) =>
        logger.LogError(ex, "A database command failed: {Sql}", command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        logger.LogError(ex, "A database batch failed: {Sql}", string.Join("; ", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) => logger.LogError(ex, "{Message}", message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }
}
