using Microsoft.Extensions.Configuration;

namespace Parcours.Infrastructure;

/// <summary>
/// Where an installation keeps its three parts — the database, the committee documents, the
/// data-protection keys — read from its settings in one place, so that the server and the backup
/// command can never disagree on a default.
/// </summary>
public static class InstallationPaths
{
    public const string DefaultConnectionString = "Data Source=data/parcours.db";

    public static string ConnectionString(IConfiguration config) => Setting(config.GetConnectionString("Parcours"), DefaultConnectionString);

    public static string Documents(IConfiguration config) => Path.GetFullPath(Setting(config["Documents:Path"], "data/documents"));

    public static string Keys(IConfiguration config) => Path.GetFullPath(Setting(config["DataProtection:KeysPath"], "data/keys"));

    private static string Setting(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
