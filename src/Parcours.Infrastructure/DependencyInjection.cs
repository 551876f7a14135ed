using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Reminders;
using Parcours.Infrastructure.Reminders;
using Parcours.Infrastructure.Identity;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration config)
    {
        var connectionString = InstallationPaths.ConnectionString(config);
        // Pooled: a request reuses a context instead of building one (measured in bench/RESULTS.md). EF's
        // scoped lease gives it back to the pool once, when the scope ends, however many registrations
        // resolved it. A pooled context cannot take scoped services in its constructor: the scope's event
        // dispatcher is handed to it here, by the registration the application resolves.
        var provider = DatabaseProvider.Read(config);
        services.AddDbContextPool<ParcoursDbContext>(options => options.Use(provider, connectionString));
        services.AddScoped<IParcoursDbContext>(sp =>
        {
            var db = sp.GetRequiredService<ParcoursDbContext>();
            db.LeaseTo(sp.GetRequiredService<IDomainEventDispatcher>());
            return db;
        });
        services.AddSingleton(TimeProvider.System);

        services.AddIdentityApiEndpoints<ParcoursUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ParcoursDbContext>()
            .AddSignInManager<ParcoursSignInManager>()
            .AddClaimsPrincipalFactory<SessionClaimsFactory>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<CredentialLedger>();
        // Failed-login counts: in memory for SQLite's single instance, in the shared database on PostgreSQL.
        if (provider == DatabaseProviderKind.PostgreSql) services.AddSingleton<ILoginFailureStore, DatabaseLoginFailureStore>();
        else services.AddSingleton<ILoginFailureStore, MemoryLoginFailureStore>();
        services.AddScoped<Application.Privacy.IPersonalDataScrubber, Privacy.PersonalDataScrubber>();
        services.AddSingleton(Privacy.RetentionConfiguration.Read(config));
        // An invitation's link (a password-reset token) serves once — the new password changes the
        // security stamp — and dies after three days.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        // The cookie's security stamp is checked on every request: a change of roles, a new password or
        // a sign-out elsewhere takes effect at once, not after Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = c =>
            {
                SessionClaimsFactory.KeepSession(c.CurrentPrincipal!, c.NewPrincipal!);
                return Task.CompletedTask;
            };
        });
        services.AddSingleton<IDocumentStore, Documents.FileDocumentStore>();
        services.AddSingleton<Application.Common.Documents.IDocumentRenderer, Documents.Pdf.PdfDocumentRenderer>();

        // Reminders: SMTP settings checked now (a bad one stops the start), links to this installation, Hangfire.
        var smtp = Reminders.SmtpSettings.Read(config);
        services.AddSingleton<IEmailSender>(new Reminders.SmtpEmailSender(smtp));
        var staleClaim = config["Reminders:StaleClaimSeconds"] is { Length: > 0 } stale
            ? int.TryParse(stale, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 3600
                ? s
                : throw new InvalidOperationException($"Réglage Reminders:StaleClaimSeconds invalide : « {stale} » n'est pas un nombre de secondes de 1 à 3600.")
            : 60;
        services.AddSingleton(new ReminderDispatchSettings(TimeSpan.FromSeconds(staleClaim), TimeSpan.FromSeconds((smtp?.TimeoutSeconds ?? 30) + 15)));
        services.AddSingleton<IUnsubscribeTokens, Reminders.UnsubscribeTokens>();
        services.AddSingleton<Application.Sessions.ICalendarWriter, Reminders.IcalCalendarWriter>();
        services.AddSingleton(new PublicUrl(string.IsNullOrWhiteSpace(config["App:PublicUrl"]) ? "http://localhost:5080" : config["App:PublicUrl"]!));
        services.AddReminderScheduling(config, provider, connectionString);

        // The keys that protect bearer tokens and cookies outlive a restart and are shared by every instance:
        // on SQLite in a folder (saved by the backup command), on PostgreSQL in the database all instances share.
        var protection = services.AddDataProtection().SetApplicationName("Parcours");
        if (provider == DatabaseProviderKind.PostgreSql) protection.PersistKeysToDbContext<ParcoursDbContext>();
        else protection.PersistKeysToFileSystem(new DirectoryInfo(InstallationPaths.Keys(config)));
        return services;
    }
}
