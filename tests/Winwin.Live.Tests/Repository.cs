namespace Winwin.Live.Tests;

/// <summary>The repository the tests run from: the folder of Winwin.sln above the test's output folder.</summary>
public static class Repository
{
    /// <summary>The repository's root, or null when the tests run outside it.</summary>
    public static string? FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Winwin.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName;
    }

    /// <summary>The repository's root; a test that needs one of its files fails plainly outside it.</summary>
    public static string Root => FindRoot() ?? throw new InvalidOperationException("The repository (Winwin.sln) is not above the test's folder.");
}
