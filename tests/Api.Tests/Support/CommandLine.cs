using System.Diagnostics;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>The built API run as its command line is (<c>dotnet LivingLibrary.Api.dll erase …</c>), on a database of the tests'.</summary>
public static class CommandLine
{
    public static Task<string> RunAsync(string connectionString, params string[] args) => RunAsync(connectionString, "Development", 0, args);

    /// <summary>The same in an environment of the test's choosing, expecting the given exit code; the output and errors together.</summary>
    public static async Task<string> RunAsync(string connectionString, string environment, int exitCode, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "LivingLibrary.Api.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment, ["ConnectionStrings__Marten"] = connectionString,
                ["Auth__DevelopmentSigningKey"] = "tests-only-signing-key-of-at-least-32-bytes", ["Retention__Daily"] = "false",
                ["Privacy__ForgetList"] = ApiFixture.ForgetList,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await process.WaitForExitAsync(patience.Token);
        var said = await output + await errors;
        process.ExitCode.ShouldBe(exitCode, said);
        return said;
    }
}
