using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Tests.Support;

/// <summary>
/// The real host, on a real SQLite file in its own temporary folder. Several instances may share a
/// folder, which is how a restart is tested.
/// </summary>
public class ParcoursApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@tests.parcours";
    public const string AdminPassword = "Admin-Test-Password-1";
    public const string Password = "Role-Test-Password-1";

    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _clock;
    private readonly ILoggerProvider? _logs;

    public ParcoursApp(string? folder = null, IDictionary<string, string?>? settings = null, TimeProvider? clock = null, ILoggerProvider? logs = null)
    {
        _clock = clock;
        _logs = logs;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Parcours"] = $"Data Source={DatabasePath}",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["DataProtection:KeysPath"] = Path.Combine(Folder, "keys"),
            ["Documents:Path"] = Path.Combine(Folder, "documents"),
            ["Demo:Seed"] = "false",
            ["Auth:MaxFailedLoginsPerAddress"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        };
        // PARCOURS_TEST_PROVIDER=PostgreSql runs the apps of the suite on PostgreSQL: one database per folder, on a
        // cluster the test process starts once (a restart on the same folder finds the same database).
        if (SharedCluster.Wanted && settings?.ContainsKey("ConnectionStrings:Parcours") != true)
        {
            _settings["Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:Parcours"] = SharedCluster.DatabaseFor(Folder);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The suite's PostgreSQL pass: one cluster for the process, one database per app folder.</summary>
    private static class SharedCluster
    {
        public static bool Wanted { get; } = string.Equals(Environment.GetEnvironmentVariable("PARCOURS_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

        private static readonly Lazy<PostgreSqlCluster> Cluster = new(() =>
        {
            var cluster = new PostgreSqlCluster();
            cluster.InitializeAsync().GetAwaiter().GetResult();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().GetAwaiter().GetResult();
            return cluster;
        });

        /// <summary>
        /// A database migrated once for the pass, that each app's database copies (CREATE DATABASE … TEMPLATE): the
        /// migrations are tested on their own (PostgreSqlTests), and running them for every app cost a second each.
        /// </summary>
        private static readonly Lazy<string> Template = new(() =>
        {
            const string name = "parcours_template";
            var connection = Cluster.Value.DatabaseAsync(name).GetAwaiter().GetResult();
            var options = new DbContextOptionsBuilder<ParcoursDbContext>();
            // No pooled connection may stay open on a template.
            options.Use(DatabaseProviderKind.PostgreSql, connection + ";Pooling=false");
            using var db = new ParcoursDbContext(options.Options);
            db.Database.Migrate();
            return name;
        });

        public static string DatabaseFor(string folder)
        {
            var name = "app_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..24];
            return Cluster.Value.DatabaseAsync(name, Template.Value).GetAwaiter().GetResult();
        }
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "parcours.db");

    /// <summary>Which database this app runs on, for <see cref="AppDatabase"/>.</summary>
    public DatabaseSettings Database => new(
        string.Equals(_settings.GetValueOrDefault("Database:Provider"), "PostgreSql", StringComparison.OrdinalIgnoreCase),
        _settings["ConnectionStrings:Parcours"]!);

    /// <summary>True when the suite's apps run on PostgreSQL (<c>PARCOURS_TEST_PROVIDER=PostgreSql</c>): tests of SQLite itself stand aside.</summary>
    public static bool SuiteOnPostgreSql => SharedCluster.Wanted;

    public sealed record DatabaseSettings(bool PostgreSql, string ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            if (_logs is not null) logging.AddProvider(_logs);
        });
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        }
    }

    public async Task<HttpClient> LoginAsync(string email, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, int ExpiresIn, string RefreshToken);
}
