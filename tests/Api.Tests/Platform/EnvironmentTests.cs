using System.Diagnostics;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>What exists only in Development, and what production insists on.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnvironmentTests
{
    [Fact]
    public void The_development_token_issuer_and_docs_are_not_mapped_outside_development()
    {
        var routes = PlatformRoutes("Production");

        routes.ShouldContain("/health/ready");
        routes.ShouldContain("/openapi/{documentName}.json");
        routes.ShouldNotContain(r => r.StartsWith("/dev/", StringComparison.Ordinal), "neither the token issuer nor the benchmark's allocation counter");
        routes.ShouldNotContain(r => r.StartsWith("/docs", StringComparison.Ordinal));
        PlatformRoutes("Development").ShouldContain("/dev/token");
    }

    [Fact]
    public async Task Production_refuses_to_start_without_an_authority_in_one_clear_line()
    {
        var said = await RefusedStartAsync(new() { ["ConnectionStrings__Marten"] = TestDatabase.ConnectionString, ["Auth__Authority"] = "" });
        said.ShouldContain("Auth:Authority");
    }

    /// <summary>The settings file names no database: one that nothing serves would only give a connection error later.</summary>
    [Fact]
    public async Task Without_a_database_setting_the_api_says_which_setting_in_one_clear_line()
    {
        var said = await RefusedStartAsync(new() { ["ConnectionStrings__Marten"] = null, ["Auth__Authority"] = "https://id.example.org/realms/livinglibrary" });
        said.ShouldContain("ConnectionStrings__Marten is not set".Replace("__", ":"));
    }

    /// <summary>Starts the built API in Production with these settings; it must exit at once, in words, without a stack trace.</summary>
    private static async Task<string> RefusedStartAsync(Dictionary<string, string?> settings)
    {
        var api = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LivingLibrary.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        foreach (var (name, value) in settings) api.Environment[name] = value;
        using var process = Process.Start(api)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);

        process.ExitCode.ShouldNotBe(0);
        var said = await output + await errors;
        said.ShouldNotContain("   at ");
        return said;
    }

    [Fact]
    public void The_database_listens_below_the_ports_linux_hands_to_outgoing_connections() =>
        // 32768-60999: a server there can find its port taken by a client's own connection (scripts/pg.sh).
        new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString).Port.ShouldBeLessThan(32768);

    private static List<string> PlatformRoutes(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["Auth:Authority"] = "https://id.example.org/realms/livinglibrary";
        builder.Configuration["ConnectionStrings:Marten"] = "Host=127.0.0.1;Database=unused";
        builder.AddSecurity();
        builder.AddHttpConventions();
        var app = builder.Build();
        app.MapPlatformEndpoints();
        return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "")];
    }
}
