using Parcours.Application.Common;
using System.Globalization;
using Hangfire;
using Hangfire.Storage.SQLite;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Infrastructure.Reminders;

/// <summary>
/// The scheduling adapter: Hangfire, with its SQLite storage in a file of its own beside the product's
/// database. Hangfire only says « now »: a recurring job every <c>Reminders:PollSeconds</c>, and a job
/// enqueued at once when a command asks for it. What is due and whether it already left is the
/// reminders table's business (the outbox and its claims, see <see cref="DispatchDueReminders"/>): a
/// job run twice — Hangfire's SQLite storage has no sliding invisibility timeout, so a long run may be
/// started again, and a killed one waits its timeout — sends nothing twice.
/// </summary>
internal static class HangfireScheduling
{
    public const string DispatchJobId = "envoi-des-rappels";
    public const string DailyDigestJobId = "resume-quotidien";
    public const string WeeklyDigestJobId = "resume-hebdomadaire";
    public const string RetentionJobId = "conservation-des-donnees";

    public static IServiceCollection AddReminderScheduling(this IServiceCollection services, IConfiguration config,
        Persistence.DatabaseProviderKind provider, string connectionString)
    {
        var pollSeconds = config["Reminders:PollSeconds"] is { Length: > 0 } raw
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 3600
                ? s
                : throw new InvalidOperationException($"Réglage Reminders:PollSeconds invalide : « {raw} » n'est pas un nombre de secondes de 1 à 3600.")
            : 30;
        var name = string.IsNullOrWhiteSpace(config["Reminders:SchedulerName"]) ? "Parcours" : config["Reminders:SchedulerName"]!.Trim();
        // The storage belongs to this host (registered before AddHangfire, which then uses it rather than
        // Hangfire's process-wide JobStorage.Current): two hosts in one process — the tests — never share jobs.
        // Hangfire polls every 15 s by default: a job asked for « now », or due now, starts within half a second.
        services.AddSingleton<JobStorage>(_ => provider == Persistence.DatabaseProviderKind.PostgreSql
            ? new Hangfire.PostgreSql.PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, PostgreSqlOptions), PostgreSqlOptions)
            : new SQLiteStorage(StorageFile(connectionString), new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromMilliseconds(500),
                DistributedLockLifetime = TimeSpan.FromSeconds(30),
            }));
        // The same for the activator: Hangfire's default is the process-wide JobActivator.Current, set by whichever host
        // configured Hangfire last. Two hosts starting at once in one process (the tests) could then run one's jobs
        // with the other's services — its database, disposed with it: a reminder's job failed at its very moment.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{name}:{Environment.ProcessId}";
            // Delayed jobs (one at each reminder's moment) are enqueued within half a second of it.
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(500);
            // One dispatch at a time in each instance; between instances the reminders' claims decide.
            o.WorkerCount = 1;
            o.Queues = ["rappels"];
        });
        services.AddHostedService(sp => new RecurringDispatch(sp.GetRequiredService<IRecurringJobManager>(), pollSeconds, sp.GetRequiredService<ILogger<RecurringDispatch>>()));
        services.AddSingleton<IReminderDispatchTrigger, HangfireDispatchTrigger>();
        services.AddHostedService<EmailConfigurationWarning>();
        return services;
    }

    /// <summary>
    /// On PostgreSQL, Hangfire's tables live in a schema of their own in the product's database, shared by every
    /// instance: a job fetched by one is invisible to the others while it runs, for as long as it runs (sliding
    /// invisibility: a long dispatch is not started twice), and comes back half a minute after its instance died.
    /// </summary>
    private static readonly Hangfire.PostgreSql.PostgreSqlStorageOptions PostgreSqlOptions = new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromMilliseconds(500),
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromSeconds(30),
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Hangfire's own file beside the database (« parcours.db » → « parcours.hangfire.db »): on one file,
    /// Hangfire's writes and the product's would queue on SQLite's single write lock, and a dispatch
    /// asked for from inside a command's transaction would wait for that very transaction.
    /// </summary>
    internal static string StorageFile(string connectionString)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".";
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(database) + ".hangfire.db");
    }

    /// <summary>
    /// A cron expression for « every N seconds » (Hangfire reads six fields as seconds first). A cron
    /// counts within the minute or the hour: under a minute N should divide 60, above it is whole minutes
    /// (the README says so).
    /// </summary>
    internal static string Every(int seconds) => seconds switch
    {
        < 60 => $"*/{seconds} * * * * *",
        3600 => "0 * * * *",
        _ => $"*/{Math.Max(1, seconds / 60)} * * * *",
    };
}

/// <summary>
/// Hangfire's logs into this host's logging. Hangfire keeps one log provider for the whole process: once
/// the host that set it is disposed (a test's host, a restart in tests), its logger factory throws — a
/// Hangfire client built afterwards would fail. Loggers are then silent instead.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return new HostLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new HostLog(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        }
    }

    private sealed class HostLog(ILogger logger) : Hangfire.Logging.ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => LogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => LogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => LogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => LogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            // Hangfire asks with a null message whether a level is on.
            if (messageFunc is null) return logger.IsEnabled(level);
            try
            {
                logger.Log(level, exception, "{Message}", messageFunc());
            }
            catch (ObjectDisposedException)
            {
                // The host is gone: nothing left to write to.
            }
            return true;
        }
    }
}

/// <summary>
/// Declares the recurring dispatch at start (the same id on every instance: one schedule, shared). Declaring takes
/// Hangfire's lock on each recurring job; an instance killed while it held one leaves it until it expires, so a
/// restart does not stop on it: it tries again, in the background, and starts serving meanwhile (the schedule the
/// others declared is the same).
/// </summary>
internal sealed class RecurringDispatch(IRecurringJobManager jobs, int pollSeconds, ILogger<RecurringDispatch> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Declare();
        }
        catch (Exception e) when (IsHeldLock(e))
        {
            // Only then in the background: every other start declares before serving, as it always did.
            _ = Task.Run(DeclareLaterAsync, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    private static bool IsHeldLock(Exception e) => e is Hangfire.Storage.DistributedLockTimeoutException or Hangfire.PostgreSql.PostgreSqlDistributedLockException;

    private async Task DeclareLaterAsync()
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                Declare();
                return;
            }
            catch (Exception e) when (IsHeldLock(e))
            {
                if (attempt >= 10)
                {
                    logger.LogError(e, "Planification des rappels non déclarée par cette instance : le verrou reste tenu ; les autres instances gardent la leur.");
                    return;
                }
                logger.LogWarning("Planification des rappels : verrou d'une tâche encore tenu (une instance arrêtée brutalement ?), nouvel essai ({Attempt}).", attempt);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception e) when (!_stopping.IsCancellationRequested)
            {
                // Nothing awaits this task: what went wrong must at least be said.
                logger.LogError(e, "Planification des rappels non déclarée par cette instance.");
                return;
            }
        }
    }

    private void Declare()
    {
        jobs.AddOrUpdate<DispatchRemindersJob>(HangfireScheduling.DispatchJobId, "rappels", j => j.RunAsync(CancellationToken.None),
            HangfireScheduling.Every(pollSeconds), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        // The digests, in the morning, Paris time: every day, and on Mondays for the weekly one.
        jobs.AddOrUpdate<SendDigestsJob>(HangfireScheduling.DailyDigestJobId, "rappels", j => j.RunAsync(DigestFrequency.Daily, CancellationToken.None),
            "0 7 * * *", new RecurringJobOptions { TimeZone = FrenchTime.Paris });
        jobs.AddOrUpdate<SendDigestsJob>(HangfireScheduling.WeeklyDigestJobId, "rappels", j => j.RunAsync(DigestFrequency.Weekly, CancellationToken.None),
            "0 7 * * 1", new RecurringJobOptions { TimeZone = FrenchTime.Paris });
        // Retention at night, when nobody writes notes.
        jobs.AddOrUpdate<RetentionJob>(HangfireScheduling.RetentionJobId, "rappels", j => j.RunAsync(CancellationToken.None),
            "30 3 * * *", new RecurringJobOptions { TimeZone = FrenchTime.Paris });
        // The start also looks once, as it always did: what fell due while the application was stopped leaves now.
        jobs.Trigger(HangfireScheduling.DispatchJobId);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A host disposed before it was stopped (the test host's order of disposal) has already stopped this.
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // Cancelled before disposed: the background declaration then stops at its next look instead of failing on a disposed token.
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>
/// Thin: one scope, one command. No distributed lock: runs on several instances at once are safe (each
/// claims its own rows), and a lock left by a killed process would hold every run back until it expired.
/// No automatic retry, since the reminders table retries each message itself with its backoff.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class DispatchRemindersJob(IServiceScopeFactory scopes)
{
    [JobDisplayName("Envoi des rappels échus")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DispatchDueReminders(), cancellationToken);
    }
}

/// <summary>Thin: one scope, one command; a second run the same day finds nothing left to remove.</summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class RetentionJob(IServiceScopeFactory scopes)
{
    [JobDisplayName("Conservation des données : notes confidentielles et messages des promotions terminées")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Application.Privacy.ApplyRetention(), cancellationToken);
    }
}

/// <summary>Thin as the dispatch: one scope, one command; the reminders' mark makes a second run harmless.</summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class SendDigestsJob(IServiceScopeFactory scopes)
{
    [JobDisplayName("Résumés des rappels ({0})")]
    public async Task RunAsync(DigestFrequency frequency, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendDigests(frequency), cancellationToken);
    }
}

/// <summary>Asks Hangfire to run the dispatch now (its storage is another file: no wait on the command's transaction).</summary>
internal sealed class HangfireDispatchTrigger(IBackgroundJobClient jobs, ILogger<HangfireDispatchTrigger> logger) : IReminderDispatchTrigger
{
    public Task RequestDispatchAsync(CancellationToken ct)
    {
        try
        {
            jobs.Create<DispatchRemindersJob>(j => j.RunAsync(CancellationToken.None), new Hangfire.States.EnqueuedState("rappels"));
        }
        catch (Exception e) when (e is BackgroundJobClientException or InvalidOperationException or ObjectDisposedException)
        {
            // The next recurring run sends it anyway; only the « at once » is lost.
            logger.LogWarning(e, "Demande d'envoi immédiat des rappels non transmise au planificateur ; ils partiront au prochain passage.");
        }
        return Task.CompletedTask;
    }

    public void RequestDispatchAt(DateTime dueAtUtc)
    {
        try
        {
            // A delayed job: Hangfire's scheduler looks every second (SchedulePollingInterval), its queue every second.
            // On the reminders' queue: a scheduled job would otherwise be enqueued on « default », which no server here reads.
            jobs.Schedule<DispatchRemindersJob>("rappels", j => j.RunAsync(CancellationToken.None), new DateTimeOffset(DateTime.SpecifyKind(dueAtUtc, DateTimeKind.Utc)));
        }
        catch (Exception e) when (e is BackgroundJobClientException or InvalidOperationException or ObjectDisposedException)
        {
            logger.LogWarning(e, "Envoi à l'échéance non programmé ; les rappels partiront au prochain passage.");
        }
    }
}

/// <summary>Says once, at start, that e-mails will not leave (they go to the inbox).</summary>
internal sealed class EmailConfigurationWarning(IEmailSender email, ILogger<EmailConfigurationWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!email.IsConfigured)
        {
            logger.LogWarning("Aucun serveur SMTP configuré (Smtp:Host) : les rappels ne partent pas par e-mail, ils sont déposés dans la boîte de messages Parcours de chacun.");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
