using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Parcours.Infrastructure.Operations;

/// <summary>
/// « dotnet Parcours.Api.dll backup &lt;folder&gt; » and « restore &lt;folder&gt; »: everything an installation
/// needs to come back after the loss of its server — the database, the committee documents and the
/// data-protection keys (without them every token, cookie and unsubscribe link dies). The backup runs
/// while the application serves: SQLite's online backup copies a consistent snapshot, and the documents
/// are copied after it, so that every document the snapshot names is there (they are never rewritten).
/// The scheduler's own file is not kept: its jobs are declared again at start, and the reminders'
/// table — in the backup — says what is still to send.
/// </summary>
public static class BackupCommands
{
    private const string DatabaseFile = "parcours.db";
    private const string DocumentsFolder = "documents";
    private const string KeysFolder = "keys";
    private const string ManifestFile = "sauvegarde.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command named by the arguments; null when they name none (the server starts).</summary>
    public static int? Run(string[] args, IConfiguration config, TextWriter output, TextWriter errors)
    {
        if (args is not [("backup" or "restore") and var verb, ..]) return null;
        if (args is not [_, var folder] || string.IsNullOrWhiteSpace(folder))
        {
            errors.WriteLine($"Usage : dotnet Parcours.Api.dll {verb} <dossier>");
            return 2;
        }
        try
        {
            var paths = Paths.From(config);
            var target = Path.GetFullPath(folder);
            if (verb == "backup") Backup(paths, target, output);
            else Restore(paths, target, output);
            return 0;
        }
        catch (BackupRefused refused)
        {
            errors.WriteLine(refused.Message);
            return 1;
        }
    }

    private static void Backup(Paths paths, string folder, TextWriter output)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupRefused($"Le dossier {folder} n'est pas vide : une sauvegarde va dans un dossier neuf (rien n'a été écrit).");
        }
        if (!File.Exists(paths.Database))
        {
            throw new BackupRefused($"La base {paths.Database} n'existe pas : vérifiez ConnectionStrings:Parcours.");
        }
        Directory.CreateDirectory(folder);
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = paths.Database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, DatabaseFile), Pooling = false }.ToString()))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy); // one consistent snapshot, writers going on meanwhile
        }
        var documents = CopyFolder(paths.Documents, Path.Combine(folder, DocumentsFolder));
        var keys = CopyFolder(paths.Keys, Path.Combine(folder, KeysFolder));
        File.WriteAllText(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(new
        {
            sauvegardeLe = DateTime.UtcNow,
            baseDeDonnees = DatabaseFile,
            documents,
            cles = keys,
        }, Indented));
        output.WriteLine($"Sauvegarde faite dans {folder} : la base, {documents} document(s), {keys} clé(s).");
    }

    private static void Restore(Paths paths, string folder, TextWriter output)
    {
        var saved = Path.Combine(folder, DatabaseFile);
        if (!File.Exists(saved) || !File.Exists(Path.Combine(folder, ManifestFile)))
        {
            throw new BackupRefused($"{folder} n'est pas une sauvegarde de Parcours (il y manque {DatabaseFile} ou {ManifestFile}).");
        }
        if (File.Exists(paths.Database))
        {
            throw new BackupRefused($"La base {paths.Database} existe déjà : restaurez vers un emplacement neuf, ou mettez-la de côté d'abord (rien n'a été écrit).");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Database)!);
        File.Copy(saved, paths.Database);
        var documents = CopyFolder(Path.Combine(folder, DocumentsFolder), paths.Documents);
        var keys = CopyFolder(Path.Combine(folder, KeysFolder), paths.Keys);
        output.WriteLine($"Restauration faite depuis {folder} : la base ({paths.Database}), {documents} document(s), {keys} clé(s). Démarrez Parcours.");
    }

    /// <summary>Copies every file of a folder (and its subfolders); an absent folder has nothing to copy.</summary>
    private static int CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: false);
            count++;
        }
        return count;
    }

    /// <summary>Where this installation keeps its three parts, read from the same settings as the server.</summary>
    private sealed record Paths(string Database, string Documents, string Keys)
    {
        public static Paths From(IConfiguration config) => new(
            Path.GetFullPath(new SqliteConnectionStringBuilder(InstallationPaths.ConnectionString(config)).DataSource),
            InstallationPaths.Documents(config),
            InstallationPaths.Keys(config));
    }

    private sealed class BackupRefused(string message) : Exception(message);
}
