using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parcours.Application.Reminders;
using Quartz;

namespace Parcours.Infrastructure.Reminders;

/// <summary>
/// The scheduling adapter: Quartz.NET with its persistent store in the product's database, clustered
/// so that several instances share one schedule. Quartz only says « now »; what is due and whether
/// it already left is the reminders table's business (see <see cref="DispatchDueReminders"/>).
/// Swapping Quartz for Hangfire means rewriting this file only.
/// </summary>
internal static class QuartzScheduling
{
    public static readonly JobKey DispatchJob = new("dispatch-reminders", "parcours");

    public static IServiceCollection AddReminderScheduling(this IServiceCollection services, IConfiguration config, string connectionString)
    {
        var pollSeconds = config["Reminders:PollSeconds"] is { Length: > 0 } raw
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 3600
                ? s
                : throw new InvalidOperationException($"Réglage Reminders:PollSeconds invalide : « {raw} » n'est pas un nombre de secondes de 1 à 3600.")
            : 30;
        // Quartz refuses clustering on SQLite (its locks are not fine-grained enough): each instance keeps its
        // own schedule, under its own name, in the shared tables. Nothing is lost by it: every instance only
        // runs the same dispatch, and the reminders table's claim decides who sends what, once.
        var name = string.IsNullOrWhiteSpace(config["Reminders:SchedulerName"]) ? "Parcours" : config["Reminders:SchedulerName"]!.Trim();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = name);
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJob<DispatchRemindersJob>(j => j.WithIdentity(DispatchJob).StoreDurably().WithDescription("Envoie les rappels échus"));
            q.AddTrigger(t => t.ForJob(DispatchJob).WithIdentity("dispatch-reminders-poll", "parcours").StartNow()
                .WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromSeconds(pollSeconds)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IReminderDispatchTrigger, QuartzDispatchTrigger>();
        services.AddHostedService<EmailConfigurationWarning>();
        return services;
    }
}

/// <summary>Thin: one scope, one command. [DisallowConcurrentExecution] keeps one run at a time in the cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class DispatchRemindersJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DispatchDueReminders(), cancellationToken);
    }
}

/// <summary>
/// Asks Quartz to run the dispatch now. Called from inside a command's transaction: on SQLite, Quartz
/// writing its trigger would wait for that very transaction, so the request leaves once it is over.
/// </summary>
internal sealed class QuartzDispatchTrigger(ISchedulerFactory factory, ILogger<QuartzDispatchTrigger> logger) : IReminderDispatchTrigger
{
    public Task RequestDispatchAsync(CancellationToken ct)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                var scheduler = await factory.GetScheduler(CancellationToken.None);
                await scheduler.TriggerJob(QuartzScheduling.DispatchJob, null, CancellationToken.None);
            }
            catch (Exception e) when (e is SchedulerException or InvalidOperationException or ObjectDisposedException)
            {
                // The next poll sends it anyway; only the « at once » is lost.
                logger.LogWarning(e, "Demande d'envoi immédiat des rappels non transmise au planificateur ; ils partiront au prochain passage.");
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
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
