using FluentValidation;
using MediatR;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Common.Behaviours;

/// <summary>Runs every validator of the request (and the date bounds) before the handler; all failures are reported at once.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = BindingGuards.Check(request!).Select(d => new FluentValidation.Results.ValidationFailure(d.Field, d.Message)).ToList();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
        }
        return await next();
    }
}
