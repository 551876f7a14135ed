using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Parcours.Application.Common.Behaviours;

/// <summary>Outermost: logs each use case with who asked, how long it took and how it ended.</summary>
internal sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            // Nothing would be written: spare the hot path the timing and the boxed arguments.
            return await next();
        }
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TRequest).Name;
        try
        {
            var response = await next();
            logger.LogInformation("{UseCase} by {UserId} done in {ElapsedMs:0.0} ms",
                name, user.UserId ?? "-", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{UseCase} by {UserId} ended with {Error} in {ElapsedMs:0.0} ms",
                name, user.UserId ?? "-", ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
