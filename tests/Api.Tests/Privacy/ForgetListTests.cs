using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Privacy;
using Npgsql;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// A backup taken before an erasure holds the person again once restored (docs/adr/0014): the forget list, kept outside
/// the database with ids and hashes only, is re-applied by the command line, and they are gone again.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class ForgetListTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_database_restored_from_before_an_erasure_forgets_the_person_again_when_the_forget_list_is_reapplied()
    {
        var scene = await ZelieScene.SetUp(Host, Coordinator());
        var samiras = await Host.PostCaseAsync(Coordinator(), scene.Group.Group, CaseScene.ItsmeCase(scene.Samira));
        await Host.SendAsync(Coordinator(), $"/api/cases/{samiras}/accompaniments", CaseScene.Accompaniment() with { Note = "Zélie lui a montré l'application" });
        await Send(Coordinator(), s => s.Get.Url($"/api/participants/{scene.Zelie}"));
        var backup = await BackupAsync();

        await Host.SendAsync(Coordinator(), $"/api/participants/{scene.Zelie}/erase", new ErasePerson(ErasureReason.Request));

        var listed = (await File.ReadAllLinesAsync(ApiFixture.ForgetList)).Single(l => l.Contains(scene.Zelie.ToString(), StringComparison.Ordinal));
        DatabaseDump.FormsIn(listed, ZelieScene.Names).ShouldBeEmpty("the forget list holds ids and hashes, never a name");
        var restored = await RestoreAsync(backup);
        (await DatabaseDump.HoldingAsync(ZelieScene.Names, restored)).Count.ShouldBe(ZelieScene.Names.Length, "the restored backup holds her again");

        var said = await CommandLine.RunAsync(restored, "reapply-erasures");

        said.ShouldContain("Erased again");
        (await DatabaseDump.HoldingAnyFormOfAsync(ZelieScene.Names, restored)).ShouldBeEmpty();
        (await Scalar<string>(restored, $"select type from {Schema}.mt_events where stream_id = @id order by version desc limit 1", scene.Zelie)).ShouldBe("person_erased");
        (await Scalar<long>(restored, $"select count(*) from {Schema}.mt_doc_accessjournalentry where data ->> 'personId' = @id", scene.Zelie.ToString())).ShouldBe(0);
        (await Scalar<string>(restored, $"select data -> 'person' ->> 'displayName' from {Schema}.mt_doc_participant where id = @id", scene.Samira))
            .ShouldBe("Samira", "the others stay");
    }

    private string Schema => Store.Options.Events.DatabaseSchemaName;

    /// <summary>A whole backup of the test database, as pg_dump takes it.</summary>
    private async Task<string> BackupAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"livinglibrary-backup-{Guid.NewGuid():N}.dump");
        await DatabaseDump.RunAsync("pg_dump", Database, "--format=custom", "--no-owner", "--file", file);
        return file;
    }

    /// <summary>The backup restored into a database of its own (created afresh), whose connection string is returned.</summary>
    private static async Task<string> RestoreAsync(string backup)
    {
        var target = new NpgsqlConnectionStringBuilder(await ScratchDatabase.CreateAfreshAsync(TestDatabase.ConnectionString, "restored"));
        target.Pooling = false;
        await DatabaseDump.RunAsync("pg_restore", target.ConnectionString, "--no-owner", "--exit-on-error", backup);
        File.Delete(backup);
        return target.ConnectionString;
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql, object id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
