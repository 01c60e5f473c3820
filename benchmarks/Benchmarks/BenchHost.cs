using Alba;
using Marten;
using JasperFx.CommandLine;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace LivingLibrary.Benchmarks;

/// <summary>The real API in-process, on the configured database's "_bench" sibling, emptied.</summary>
internal static class BenchHost
{
    public static async Task<(IAlbaHost Host, string Database)?> StartAsync(string benchmark)
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Marten") is not { } configured)
        {
            Console.Error.WriteLine($"Set ConnectionStrings__Marten, or run ./benchmark.sh {benchmark}.");
            return null;
        }
        var database = await ScratchDatabase.EnsureAsync(configured, "bench");
        JasperFxEnvironment.AutoStartHost = true;
        var host = await AlbaHost.For<DevelopmentTokens>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("ConnectionStrings:Marten", database);
            builder.UseSetting("Auth:DevelopmentSigningKey", "benchmark-only-signing-key-of-32-bytes!");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Retention:Daily", "false");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
        await host.ResetAllMartenDataAsync();
        return (host, database);
    }
}
