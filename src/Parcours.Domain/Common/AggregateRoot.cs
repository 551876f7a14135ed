namespace Parcours.Domain.Common;

/// <summary>
/// Something that happened to an aggregate and that other modules may react to. Events carry ids,
/// not objects: the listener reads what it needs through the owning module's contract. Records, so
/// that the same fact raised twice in one save (two attendance lines of one sheet) is handled once.
/// </summary>
public interface IDomainEvent;

/// <summary>
/// An aggregate that records its domain events. They are taken and dispatched by the unit of work when
/// it saves, in the same transaction as the change: a listener's writes never exist without the
/// change, nor the change without them.
/// </summary>
public abstract class AggregateRoot
{
    // A field without a property: EF Core does not map it.
    private readonly List<IDomainEvent> _domainEvents = [];

    public bool HasDomainEvents => _domainEvents.Count > 0;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>The events recorded since the last call, handed over once.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        if (_domainEvents.Count == 0) return [];
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }
}
