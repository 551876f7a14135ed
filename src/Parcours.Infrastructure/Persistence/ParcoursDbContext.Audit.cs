using Microsoft.EntityFrameworkCore;
using Parcours.Application.Audit;

namespace Parcours.Infrastructure.Persistence;

/// <summary>The audit trail: written as the context saves, inside the save's transaction (see AuditCapture).</summary>
public sealed partial class ParcoursDbContext
{
    public IQueryable<AuditEntry> AuditTrail => Set<AuditEntry>().AsNoTracking();

    private AuditScope? _audit;
    private readonly List<(DateTime AtUtc, string EntityType, Guid EntityId, Guid? TerritoryId, Guid? CohortId)> _pendingReads = [];

    public IDisposable AuditAs(string useCase, string? accountId, Func<CancellationToken, Task<Guid?>> personOf)
    {
        var previous = _audit;
        _audit = new AuditScope(this, previous, useCase, accountId, personOf);
        return _audit;
    }

    public void RecordRead(string entityType, Guid entityId, Guid? territoryId, Guid? cohortId) =>
        _pendingReads.Add((DateTime.UtcNow, entityType, entityId, territoryId, cohortId));

    /// <summary>Adds the lines of what is about to be saved (nothing outside a request: start-up, the demo seed).</summary>
    private async Task CaptureAuditAsync(CancellationToken ct)
    {
        if (_audit is not { } audit)
        {
            _pendingReads.Clear();
            return;
        }
        ChangeTracker.DetectChanges();
        var personId = await audit.PersonIdAsync(ct);
        var lines = await AuditCapture.LinesAsync(this, DateTime.UtcNow, audit.UseCase, audit.AccountId, personId, ct);
        lines.AddRange(_pendingReads.Select(r => new AuditEntry(r.AtUtc, audit.AccountId, personId, audit.UseCase, AuditAction.Read,
            r.EntityType, r.EntityId.ToString(), null, r.TerritoryId, r.CohortId, null)));
        _pendingReads.Clear();
        Set<AuditEntry>().AddRange(lines);
    }

    private void ForgetAudit()
    {
        _audit = null;
        _pendingReads.Clear();
    }

    private sealed class AuditScope(ParcoursDbContext db, AuditScope? previous, string useCase, string? accountId,
        Func<CancellationToken, Task<Guid?>> personOf) : IDisposable
    {
        public string UseCase => useCase;
        public string? AccountId => accountId;

        public Task<Guid?> PersonIdAsync(CancellationToken ct) => personOf(ct);

        public void Dispose()
        {
            if (ReferenceEquals(db._audit, this)) db._audit = previous;
        }
    }
}
