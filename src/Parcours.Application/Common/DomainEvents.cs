using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Parcours.Domain.Common;

namespace Parcours.Application.Common;

/// <summary>
/// A domain event as a MediatR notification. The domain references no package (an architecture test
/// says so), so its events are wrapped here rather than made notifications themselves.
/// </summary>
public sealed record Announced<TEvent>(TEvent Event) : INotification where TEvent : IDomainEvent;

/// <summary>Hands the events the unit of work took from its aggregates to the modules that listen.</summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IDomainEvent domainEvent, CancellationToken ct);
}

internal sealed class MediatorDomainEventDispatcher(IMediator mediator) : IDomainEventDispatcher
{
    // MediatR finds handlers by the notification's static type: one small generic publisher per event type, built once.
    private static readonly ConcurrentDictionary<Type, Func<IMediator, IDomainEvent, CancellationToken, Task>> Publishers = new();
    private static readonly MethodInfo PublishAsOpen = typeof(MediatorDomainEventDispatcher).GetMethod(nameof(PublishAs), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Task DispatchAsync(IDomainEvent domainEvent, CancellationToken ct) =>
        Publishers.GetOrAdd(domainEvent.GetType(), type => PublishAsOpen.MakeGenericMethod(type).CreateDelegate<Func<IMediator, IDomainEvent, CancellationToken, Task>>())
            (mediator, domainEvent, ct);

    private static Task PublishAs<TEvent>(IMediator mediator, IDomainEvent domainEvent, CancellationToken ct) where TEvent : IDomainEvent =>
        mediator.Publish(new Announced<TEvent>((TEvent)domainEvent), ct);
}
