using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LivingLibrary.Api.Tests.Console.Browser;

/// <summary>
/// The real Program on Kestrel (a browser needs a real address), on a database of its own, for the browser tests:
/// the same settings as the scenarios' host, a clock of its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Factory factory = null!;

    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public string Address { get; private set; } = "";

    public IServiceProvider Services => factory.Services;

    public async Task InitializeAsync()
    {
        var database = await ScratchDatabase.EnsureAsync(
            Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
            ?? throw new InvalidOperationException("Run the tests through ./test.sh, or set ConnectionStrings__Marten."), "browser");
        JasperFxEnvironment.AutoStartHost = true;
        factory = new Factory(database);
        factory.UseKestrel(0);
        factory.StartServer();
        Address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public Task ResetAsync() => Services.GetRequiredService<IDocumentStore>().Advanced.ResetAllData();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private sealed class Factory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => ApiFixture.Configure(builder, connectionString, Clock);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
