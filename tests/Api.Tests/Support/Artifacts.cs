namespace LivingLibrary.Api.Tests.Support;

/// <summary>Where tests leave what a person should be able to look at afterwards: $TEST_ARTIFACTS, else tests/Api.Tests/bin/artifacts.</summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("TEST_ARTIFACTS") is { Length: > 0 } set
                ? set
                : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "artifacts"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
