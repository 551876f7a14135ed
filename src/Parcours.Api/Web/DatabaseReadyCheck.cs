using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Api.Web;

/// <summary>Ready when the database answers and every migration has been applied.</summary>
internal sealed class DatabaseReadyCheck(ParcoursDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Base de données injoignable.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Base de données à jour.")
                : HealthCheckResult.Unhealthy($"Migrations en attente : {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable.");
        }
    }
}
