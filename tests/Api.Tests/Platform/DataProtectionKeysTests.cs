using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>
/// The console's cookies and antiforgery tokens are protected by keys kept in PostgreSQL: what one API process protected,
/// another one (a restarted container, a second node) reads.
/// </summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task What_one_process_protected_another_process_on_the_same_database_reads()
    {
        var database = await ScratchDatabase.CreateAfreshAsync(await TestDatabase.EnsureAsync(), "keys");
        string protectedText;
        await using (var first = await ApiFixture.StartAsync(database))
            protectedText = Protector(first.Services).Protect("a console sign-in");

        await using var second = await ApiFixture.StartAsync(database);

        Protector(second.Services).Unprotect(protectedText).ShouldBe("a console sign-in");
        // Not only because both processes share this machine's home folder (ASP.NET's default store): a new container has none.
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var keys = new Npgsql.NpgsqlCommand("select count(*) from livinglibrary.mt_doc_dataprotectionkey where data ->> 'xml' like '%<key id=%'", connection);
        ((long)(await keys.ExecuteScalarAsync())!).ShouldBe(1);
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
}
