using MediatR;

namespace Parcours.Application.Common.Behaviours;

/// <summary>
/// Innermost: a command and everything it saves commit together or not at all, so that bad input
/// or a broken rule half-way changes nothing. Every request names its use case and caller to the
/// context, whose saves then write the audit trail in the same transaction as the change.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(IParcoursDbContext db, Access.CallerAccess access)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // The dispatcher's and the digests' bookkeeping (claims, sent marks) is not a person's act: the
        // trail records what people do and what the application decides on its own (retention), not its queue.
        if (request is IBatchCommand<TResponse>) return await next();
        // The caller's person is the one the request's access checks already look up (asked once per request).
        using var audit = db.AuditAs(typeof(TRequest).Name, access.AccountId, access.PersonIdAsync);
        return request is ICommand<TResponse>
            ? await db.InTransactionAsync(() => next(), cancellationToken)
            : await next();
    }
}
