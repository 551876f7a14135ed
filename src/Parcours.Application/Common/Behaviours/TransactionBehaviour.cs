using MediatR;

namespace Parcours.Application.Common.Behaviours;

/// <summary>
/// Innermost: a command and everything it saves commit together or not at all, so that bad input
/// or a broken rule half-way changes nothing.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(IParcoursDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICommand<TResponse>
            ? db.InTransactionAsync(() => next(), cancellationToken)
            : next();
}
