using MediatR;

namespace Parcours.Application.Common;

/// <summary>A use case that changes state: it runs in one database transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>
/// A use case that changes state in commits of its own, batch by batch (a long dispatch): no single
/// transaction around it; each batch is whole or absent.
/// </summary>
public interface IBatchCommand<out TResponse> : IRequest<TResponse>;

/// <summary>A use case that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;

/// <summary>What a command returns when the caller only needs to know it happened.</summary>
public sealed record Done
{
    public static readonly Done Value = new();
}
