using Microsoft.EntityFrameworkCore;
using Parcours.Application.Audit;

namespace Parcours.Infrastructure.Persistence;

/// <summary>The audit trail: written as the context saves, inside the save's transaction (see AuditCapture).</summary>
public sealed partial class ParcoursDbContext
{
    public IQueryable<AuditEntry> AuditTrail => Set<AuditEntry>().AsNoTracking();

    private AuditScope? _audit;
    private readonly List<AuditEntry> _pendingReads = [];

    public IDisposable AuditAs(string useCase, string? accountId)
    {
        var previous = _audit;
        _audit = new AuditScope(this, previous, useCase, accountId);
        return _audit;
    }

    public void RecordRead(string entityType, Guid entityId, Guid? territoryId, Guid? cohortId) =>
        _pendingReads.Add(new AuditEntry(DateTime.UtcNow, _audit?.AccountId, null, _audit?.UseCase ?? "Lecture", AuditAction.Read,
            entityType, entityId.ToString(), null, territoryId, cohortId, null));

    /// <summary>Adds the lines of what is about to be saved (nothing outside a request: start-up, the demo seed).</summary>
    private async Task CaptureAuditAsync(CancellationToken ct)
    {
        if (_audit is null)
        {
            _pendingReads.Clear();
            return;
        }
        ChangeTracker.DetectChanges();
        var personId = await _audit.PersonIdAsync(ct);
        var lines = await AuditCapture.LinesAsync(this, DateTime.UtcNow, _audit.UseCase, _audit.AccountId, personId, ct);
        lines.AddRange(_pendingReads.Select(r => r.WithPerson(personId)));
        _pendingReads.Clear();
        Set<AuditEntry>().AddRange(lines);
    }

    private void ForgetAudit()
    {
        _audit = null;
        _pendingReads.Clear();
    }

    private sealed class AuditScope(ParcoursDbContext db, AuditScope? previous, string useCase, string? accountId) : IDisposable
    {
        private Guid? _personId;
        private bool _personLoaded;

        public string UseCase => useCase;
        public string? AccountId => accountId;

        public async Task<Guid?> PersonIdAsync(CancellationToken ct)
        {
            if (!_personLoaded)
            {
                _personId = accountId is null ? null
                    : await db.People.AsNoTracking().Where(p => p.UserId == accountId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
                _personLoaded = true;
            }
            return _personId;
        }

        public void Dispose()
        {
            if (ReferenceEquals(db._audit, this)) db._audit = previous;
        }
    }
}
