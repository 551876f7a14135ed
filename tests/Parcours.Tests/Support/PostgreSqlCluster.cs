using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parcours.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's <c>postgresql</c> package (test.sh installs it): <c>initdb</c> in a
/// temporary folder, <c>pg_ctl</c> on a free loopback port, run as the unprivileged <c>postgres</c> user when the
/// tests run as root (PostgreSQL refuses root). Durability is off — it is thrown away. Each test app gets a
/// database of its own (<see cref="NewDatabaseAsync"/>).
/// </summary>
public sealed class PostgreSqlCluster : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parcours-pg", Guid.NewGuid().ToString("N"));
    private int _port;

    public string Server => $"Host=127.0.0.1;Port={_port};Username=parcours;Pooling=true;Include Error Detail=true";

    public async Task InitializeAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL is not installed: run ./test.sh, which installs Debian's postgresql package.");
        Directory.CreateDirectory(_folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", ["postgres:postgres", _folder]);
        var data = Path.Combine(_folder, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "parcours", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        _port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"], asRoot);
    }

    /// <summary>A new empty database on the cluster, and its connection string.</summary>
    public Task<string> NewDatabaseAsync() => DatabaseAsync("parcours_" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The database of that name, created when it does not exist yet (as a copy of <paramref name="template"/> if named), and its connection string.</summary>
    public async Task<string> DatabaseAsync(string name, string? template = null)
    {
        await using (var connection = new NpgsqlConnection(Server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @n)", connection);
            exists.Parameters.AddWithValue("n", name);
            if (!(bool)(await exists.ExecuteScalarAsync())!)
            {
                await using var command = new NpgsqlCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        return $"{Server};Database={name}";
    }

    public async Task DisposeAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).First(d => File.Exists(Path.Combine(d, "pg_ctl")));
        NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root", check: false);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the stopping server: the temporary folder is cleaned by the system.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = false, bool check = true)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program]) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}

/// <summary>The tests that run on PostgreSQL share one cluster (and an SMTP server, for the reminders' instances).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlCluster>, ICollectionFixture<SmtpSink>
{
    public const string Name = "postgresql";
}
