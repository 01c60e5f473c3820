using System.Diagnostics;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, to print a page to PDF or take a screenshot of it as a person would see it.
/// Each run gets a fresh profile and touches no network (no sync, no updates, no QUIC). scripts/chromium.sh installs it.
/// </summary>
public static class Chromium
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>/usr/bin/chromium, else the first chromium (or chromium-browser) on PATH, else null.</summary>
    public static string? Find()
    {
        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="htmlFile"/> as the browser prints it (its @page size, no header or footer of the browser's).</summary>
    public static void PrintToPdf(string htmlFile, string pdfFile, TimeSpan? timeout = null) =>
        Run(["--no-pdf-header-footer", $"--print-to-pdf={Path.GetFullPath(pdfFile)}", Url(htmlFile)], pdfFile, timeout);

    /// <summary>A screenshot of the top of <paramref name="htmlFile"/> in a window of <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    public static void Screenshot(string htmlFile, string pngFile, int width, int height, TimeSpan? timeout = null) =>
        Run(["--hide-scrollbars", "--force-device-scale-factor=1", $"--window-size={width},{height}",
            $"--screenshot={Path.GetFullPath(pngFile)}", Url(htmlFile)], pngFile, timeout);

    private static string Url(string file) => new Uri(Path.GetFullPath(file)).AbsoluteUri;

    private static void Run(IReadOnlyList<string> args, string output, TimeSpan? timeout)
    {
        var chromium = Find() ?? throw new InvalidOperationException(
            "Chromium is not installed: run scripts/chromium.sh (on Debian: apt-get install chromium).");
        var profile = Directory.CreateTempSubdirectory("livinglibrary-chromium-");
        try
        {
            File.Delete(output);
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var flag in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-extensions", $"--user-data-dir={profile.FullName}",
                     }.Concat(args))
                start.ArgumentList.Add(flag);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{chromium} did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var limit = timeout ?? DefaultTimeout;
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"Chromium did not finish within {limit.TotalSeconds:0} s ({string.Join(' ', args)}).\n{stderr.Result}");
            }
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new InvalidOperationException(
                    $"Chromium exited with {process.ExitCode} and wrote {(File.Exists(output) ? "an empty" : "no")} {Path.GetFileName(output)} " +
                    $"({string.Join(' ', args)}).\nstderr:\n{stderr.Result}\nstdout:\n{stdout.Result}");
        }
        finally
        {
            // Chromium's helper processes may still hold the profile for a moment after it exits.
            for (var attempt = 0; attempt < 5; attempt++)
            {
                try { profile.Delete(recursive: true); break; }
                catch (IOException) { Thread.Sleep(200); }
            }
        }
    }
}
