using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Behaviours;

namespace Parcours.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1 has no AddMediatR: handlers and validators are found here by reflection, once.
    /// Behaviours registered first run outermost: logging, then validation, then the transaction.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("fr");
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped<CallerAccess>();
        services.AddScoped<Common.IDomainEventDispatcher, Common.MediatorDomainEventDispatcher>();
        services.AddScoped<Reminders.ReminderPlanner>();
        services.AddScoped<Reminders.ReminderMessages.Sources>();
        services.AddScoped<Sessions.IAttendanceFigures, Sessions.AttendanceFigures>();
        services.AddSingleton<Sessions.AttendanceFiguresCache>();
        // Each module's contract with the others (what they may know of its items without reading its tables).
        services.AddScoped<Cohorts.ICohortFacts, Cohorts.CohortFacts>();
        services.AddScoped<People.IPeopleFacts, People.PeopleFacts>();
        services.AddScoped<Pairs.IPairFacts, Pairs.PairFacts>();
        services.AddScoped<Sessions.ISessionFacts, Sessions.SessionFacts>();
        services.AddScoped<FollowUps.IFollowUpFacts, FollowUps.FollowUpFacts>();
        services.AddScoped<Committees.ICommitteeFacts, Committees.CommitteeFacts>();
        services.AddScoped<Roadmaps.IRoadmapFacts, Roadmaps.RoadmapFacts>();

        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(INotificationHandler<>))
                {
                    services.AddScoped(contract, type);
                }
                else if (definition == typeof(IValidator<>))
                {
                    services.AddSingleton(contract, type);
                }
            }
        }
        return services;
    }
}
