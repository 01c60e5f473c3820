using System.Net.Sockets;
using System.Text;
using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// The real Program on Kestrel, as it is served: requests arrive as bytes through Kestrel's own parser, which the test
/// server skips. It logs at the levels it ships with (appsettings.json), and <see cref="Log"/> holds every line they
/// let through: what an operator's log holds. A database of its own (the tests' name + "_kestrel").
/// </summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    private Factory factory = null!;

    public CapturedLog Log { get; } = new();

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        var database = await ScratchDatabase.EnsureAsync(
            Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
            ?? throw new InvalidOperationException("Run the tests through ./test.sh, or set ConnectionStrings__Marten."), "tests_kestrel");
        JasperFxEnvironment.AutoStartHost = true;
        factory = new Factory(database, Log);
        factory.UseKestrel(0);
        factory.StartServer();
        Address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await factory.Services.GetRequiredService<IDocumentStore>().Advanced.ResetAllData();
    }

    public string Token(string organisation, string role = Security.CoordinatorRole) =>
        factory.Services.GetRequiredService<DevelopmentTokens>().Issue($"user-of-{organisation}", organisation, role, TimeSpan.FromMinutes(10));

    /// <summary>Sends bytes as they are, on a connection of their own, and reads the answer until the server closes it.</summary>
    public async Task<RawAnswer> SendRawAsync(string head, byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Address.Host, Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.Replace("\n", "\r\n") + "Connection: close\r\n\r\n"));
        if (body is not null) await stream.WriteAsync(body);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer);
        return RawAnswer.Parse(answer.ToArray());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
    }

    private sealed class Factory(string connectionString, ILoggerProvider log) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ApiFixture.Configure(builder, connectionString, ApiFixture.Clock);
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(log);
            });
        }
    }
}

/// <summary>An HTTP/1.1 answer as it came over the wire: status, headers and the body (chunks joined).</summary>
public sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RawAnswer Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = bytes[(end + 4)..];
        if (headers.GetValueOrDefault("Transfer-Encoding") == "chunked")
        {
            using var joined = new MemoryStream();
            for (var at = 0; ;)
            {
                var endOfSize = at + body.AsSpan(at).IndexOf("\r\n"u8);
                var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, endOfSize - at), 16);
                if (size == 0) break;
                joined.Write(body, endOfSize + 2, size);
                at = endOfSize + 2 + size + 2;
            }
            body = joined.ToArray();
        }
        return new RawAnswer(int.Parse(lines[0].Split(' ')[1]), headers, Encoding.UTF8.GetString(body));
    }
}

[CollectionDefinition(Name)]
public sealed class KestrelCollection : ICollectionFixture<KestrelFixture>
{
    public const string Name = "kestrel";
}
