using System.Diagnostics;

namespace Parcours.Tests.Support;

/// <summary>Reads PDFs back with tools this project did not write: poppler's pdftotext and qpdf.</summary>
public static class Pdf
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }

    private static async Task<string> SaveAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"parcours-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        return file;
    }

    /// <summary>The text of the PDF, page by page (pages are separated by form feeds).</summary>
    public static async Task<string[]> TextAsync(byte[] pdf)
    {
        var (code, output) = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", await SaveAsync(pdf), "-");
        Assert.True(code == 0, output);
        return output.Split('\f');
    }

    /// <summary>qpdf --check must find no problem and no warning.</summary>
    public static async Task AssertValidAsync(byte[] pdf)
    {
        var (code, output) = await RunAsync("qpdf", "--check", await SaveAsync(pdf));
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<string> FontsAsync(byte[] pdf) => (await RunAsync("pdffonts", await SaveAsync(pdf))).Output;
}
