using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Application.Common;

namespace Parcours.Tests.Support;

/// <summary>
/// A host of its own for reminder tests: a clock under the test's control (starting on 1 March 2027,
/// 9:00 Paris), SMTP pointed at the test's server, and a coordinator who is also a person (alerts go
/// to people). The scheduler polls once an hour, so only the explicit dispatches and the one at start run.
/// </summary>
public sealed class ReminderHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private ReminderHost(ParcoursApp app, ManualClock clock, string coordinatorEmail)
    {
        App = app;
        Clock = clock;
        CoordinatorEmail = coordinatorEmail;
    }

    public ParcoursApp App { get; }
    public ManualClock Clock { get; }
    public string CoordinatorEmail { get; }
    public Guid CoordinatorPersonId { get; private set; }

    public static Dictionary<string, string?> Settings(SmtpSink? smtp, string schedulerName = "Parcours", int pollSeconds = 3600) => new()
    {
        ["Smtp:Host"] = smtp is null ? "" : "127.0.0.1",
        ["Smtp:Port"] = smtp?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "parcours@tests.parcours",
        ["Smtp:FromName"] = "Parcours (tests)",
        ["App:PublicUrl"] = "http://parcours.test",
        ["Reminders:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Reminders:SchedulerName"] = schedulerName,
    };

    public static async Task<ReminderHost> StartAsync(SmtpSink? smtp, ManualClock? clock = null, string? folder = null, string schedulerName = "Parcours",
        int pollSeconds = 3600, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        clock ??= new ManualClock(Start);
        var app = new ParcoursApp(folder, Settings(smtp, schedulerName, pollSeconds), clock, logs);
        var email = "coordination@tests.parcours";
        var host = new ReminderHost(app, clock, email);
        if (folder is null) await host.CreateCoordinatorAsync();
        return host;
    }

    private async Task CreateCoordinatorAsync()
    {
        var admin = await App.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        var account = await Http.ExpectAsync(await admin.PostAsJsonAsync("/api/admin/accounts",
            new { email = CoordinatorEmail, password = ParcoursApp.Password, roles = new[] { Roles.Coordinator } }), 201);
        var coordinator = await CoordinatorAsync();
        CoordinatorPersonId = (await coordinator.PostAsync("/api/people",
            new { firstName = "Camille", lastName = "Coordination", email = CoordinatorEmail, organisation = "ANCT" }, 201)).Id();
        await admin.PutAsync($"/api/admin/accounts/{account.Str("id")}/person", new { personId = CoordinatorPersonId }, 200);
    }

    /// <summary>Signs in again: moving the clock by hours expires bearer tokens, as it would for real.</summary>
    public Task<HttpClient> CoordinatorAsync() => App.LoginAsync(CoordinatorEmail, ParcoursApp.Password);

    private readonly Dictionary<Guid, string> _accounts = [];

    /// <summary>A signed-in client for the person's account (opened the first time), fresh at each call.</summary>
    public async Task<HttpClient> AccountAsync(string role, Guid personId)
    {
        if (!_accounts.TryGetValue(personId, out var email))
        {
            var admin = await App.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
            email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@tests.parcours";
            await Http.ExpectAsync(await admin.PostAsJsonAsync("/api/admin/accounts",
                new { email, password = ParcoursApp.Password, roles = new[] { role }, personId }), 201);
            _accounts[personId] = email;
        }
        return await App.LoginAsync(email, ParcoursApp.Password);
    }

    /// <summary>Moves the clock to a Paris wall-clock time.</summary>
    public void MoveTo(string parisLocal) =>
        Clock.Set(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(parisLocal, System.Globalization.CultureInfo.InvariantCulture), FrenchTime.Paris)));

    /// <summary>What the scheduler does: « send what is due », through the coordinators' endpoint.</summary>
    public async Task<JsonElement> DispatchAsync() => await (await CoordinatorAsync()).PostAsync("/api/reminders/dispatch", new { }, 200);

    /// <summary>What the morning's recurring job does: the digests of one frequency (no endpoint: the scheduler's alone).</summary>
    public async Task<Parcours.Application.Reminders.DigestReport> DigestAsync(Parcours.Domain.Reminders.DigestFrequency frequency)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new Parcours.Application.Reminders.SendDigests(frequency));
    }

    public async Task<List<JsonElement>> RemindersAsync(string query)
    {
        var coordinator = await CoordinatorAsync();
        return [.. (await coordinator.GetAsync($"/api/reminders?pageSize=100&{query}", 200)).GetProperty("items").EnumerateArray()];
    }

    /// <summary>
    /// What Hangfire holds for this host, for a failure's message: its servers, and its jobs by state with their times and
    /// reasons — so that a reminder which did not leave says whether its job was never planned, not moved to the queue,
    /// not taken from it, or run and failed.
    /// </summary>
    public string SchedulerState()
    {
        var monitor = App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        static string Times(IEnumerable<string> lines) => string.Join("; ", lines);
        var servers = monitor.Servers().Select(x => $"{x.Name} (queues {string.Join(",", x.Queues)}, workers {x.WorkersCount}, heartbeat {x.Heartbeat:HH:mm:ss.fff})");
        var scheduled = monitor.ScheduledJobs(0, 20).Select(x => $"{x.Key} at {x.Value.EnqueueAt:HH:mm:ss.fff} (in state {x.Value.InScheduledState})");
        var enqueued = monitor.EnqueuedJobs("rappels", 0, 20).Select(x => $"{x.Key} since {x.Value.EnqueuedAt:HH:mm:ss.fff} ({x.Value.State})");
        var processing = monitor.ProcessingJobs(0, 20).Select(x => $"{x.Key} since {x.Value.StartedAt:HH:mm:ss.fff} on {x.Value.ServerId}");
        var succeeded = monitor.SucceededJobs(0, 20).Select(x => $"{x.Key} at {x.Value.SucceededAt:HH:mm:ss.fff} ({x.Value.TotalDuration} ms)");
        var failed = monitor.FailedJobs(0, 20).Select(x => $"{x.Key} at {x.Value.FailedAt:HH:mm:ss.fff}: {x.Value.ExceptionMessage}");
        // A job that failed is deleted at once (no automatic retry): its history keeps why.
        static string Why(Hangfire.Storage.Monitoring.StateHistoryDto h)
        {
            var data = h.Data ?? new Dictionary<string, string>();
            var message = data.TryGetValue("ExceptionType", out var type) ? $"{type}: {data["ExceptionMessage"]} {data["ExceptionDetails"]}" : "";
            return $"{h.StateName} {h.CreatedAt:HH:mm:ss.fff} {h.Reason} {message[..Math.Min(2000, message.Length)]}";
        }
        var deleted = monitor.DeletedJobs(0, 20).Select(x => $"{x.Key} at {x.Value.DeletedAt:HH:mm:ss.fff} after "
            + string.Join(" ← ", monitor.JobDetails(x.Key)?.History.Select(Why) ?? []));
        return $"now {DateTime.UtcNow:HH:mm:ss.fff}; servers: {Times(servers)} | scheduled: {Times(scheduled)} | enqueued: {Times(enqueued)}"
            + $" | processing: {Times(processing)} | succeeded: {Times(succeeded)} | failed: {Times(failed)} | deleted: {Times(deleted)}";
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
    }
}
