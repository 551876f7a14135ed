using Hangfire;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Parcours.Api.Endpoints;
using Parcours.Api.Web;
using Parcours.Application;
using Parcours.Application.Common;
using Parcours.Infrastructure;
using Parcours.Infrastructure.Persistence;
using Parcours.Web;

var builder = WebApplication.CreateBuilder(args);
// « backup <dossier> » / « restore <dossier> »: an operation, not the server (see BackupCommands).
if (Parcours.Infrastructure.Operations.BackupCommands.Run(args, builder.Configuration, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}
// « move-to-postgresql "<connection>" »: copies this SQLite installation into an empty PostgreSQL database (see MoveToPostgreSql).
if (Parcours.Infrastructure.Operations.MoveToPostgreSql.Run(args, builder.Configuration, Console.Out, Console.Error) is { } moved)
{
    return moved;
}
// Say nothing of the server's make.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

// In Production the links of e-mails must lead to the address people reach, never to localhost.
if (builder.Environment.IsProduction() && string.IsNullOrWhiteSpace(builder.Configuration["App:PublicUrl"]))
{
    throw new InvalidOperationException(
        "Réglage App:PublicUrl manquant : en production, indiquez l'adresse publique de Parcours (par exemple https://parcours.exemple.fr) ; les liens des e-mails y mènent.");
}
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, CurrentUser>();
builder.Services.AddSingleton<LoginThrottle>();
builder.Services.AddScoped<Parcours.Application.Accounts.IInteractiveSignIn, CookieSignIn>();
builder.Services.AddParcoursWeb();

builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    // A missing or null field is an error the client hears about, not a silent default.
    o.SerializerOptions.RespectRequiredConstructorParameters = true;
    o.SerializerOptions.RespectNullableAnnotations = true;
    // A misspelt field is refused, never silently dropped.
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
// Binding failures go through the one exception handler, so they get the same French problem details.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c => Problems.Complete(c.ProblemDetails, c.HttpContext));
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

// One cookie for the interface and the API: pages are sent to the login page, the API answers 401/403.
builder.Services.ConfigureApplicationCookie(WebModule.ConfigureCookie);
builder.Services.AddAuthorization(Policies.Add);

builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
builder.Services.AddOpenApi(o =>
{
    o.AddDocumentTransformer<BearerSecurityScheme>();
    o.AddOperationTransformer<OperationContract>();
    o.AddDocumentTransformer<DocumentContract>();
    o.AddSchemaTransformer<ParisTimeSchema>();
});

var app = builder.Build();

app.UseExceptionHandler();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts(); // Sent on HTTPS answers only: behind a TLS proxy, browsers then refuse plain HTTP.
}
app.UseWhen(WebModule.IsApi, api => api.UseStatusCodePages());
app.UseParcoursWeb();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/hangfire"), dashboard => dashboard.Use((context, next) =>
{
    System.Globalization.CultureInfo.CurrentUICulture = Parcours.Application.Common.FrenchTime.Culture;
    System.Globalization.CultureInfo.CurrentCulture = Parcours.Application.Common.FrenchTime.Culture;
    return next(context);
}));
// The API's documentation is public where the setting allows it: by default everywhere but in Production.
var documentation = app.Configuration.GetValue("OpenApi:Enabled", !app.Environment.IsProduction());
if (documentation)
{
    app.UseSwaggerUI(o =>
    {
        o.SwaggerEndpoint("/openapi/v1.json", "Parcours v1");
        o.RoutePrefix = "swagger";
        o.DocumentTitle = "Parcours — API";
    });
}
// Routing after the status-code pages, so that a page's error is re-executed through routing.
app.UseRouting();
app.UseJsonBodyBuffering();
app.UseUnexpectedBodyRefusal();
app.UseAuthentication();
app.UseSessionCheck();
app.UseCookieWriteRefusal();
app.UseAuthorization();
app.UseBodySizeLimit();

if (documentation)
{
    app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
}
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = c => c.Tags.Contains("ready"),
    ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
}).AllowAnonymous();

app.MapAuthEndpoints();
app.MapAccountEndpoints();
app.MapMeEndpoints();
app.MapCohortEndpoints();
app.MapTerritoryEndpoints();
app.MapPeopleEndpoints();
app.MapPairEndpoints();
app.MapSessionEndpoints();
app.MapFollowUpEndpoints();
app.MapCommitteeEndpoints();
app.MapRoadmapEndpoints();
app.MapReportEndpoints();
app.MapReminderEndpoints();
app.MapAuditEndpoints();
app.MapPrivacyEndpoints();
app.MapEvaluationEndpoints();
app.MapResourceEndpoints();
app.MapParcoursWeb();
// The scheduler's dashboard: administrators only, with the interface's cookie (anyone else « introuvable »),
// in French, without Hangfire's local-requests-only filter (the policy decides).
app.MapHangfireDashboardWithAuthorizationPolicy(WebModule.AdministrationPolicy, "/hangfire", new Hangfire.DashboardOptions
{
    AppPath = "/administration/comptes",
    DashboardTitle = "Parcours — planificateur des rappels",
    DisplayStorageConnectionString = false,
});

await app.Services.InitialiseParcoursDatabaseAsync();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls);
    app.Logger.LogInformation("Parcours est prêt sur {Urls} : ouvrez-la dans un navigateur. API : {Swagger}", urls, $"{app.Urls.FirstOrDefault()}/swagger");
    if (app.Configuration.GetValue<bool>("Demo:Seed") && !string.IsNullOrWhiteSpace(app.Configuration["Demo:Password"]))
    {
        app.Logger.LogInformation(
            "Démonstration : POST /api/auth/login avec coordination@parcours.demo (ou catalyseur@, accompagnement@, comite@, admin@parcours.demo) et le mot de passe Demo:Password de appsettings.Development.json.");
    }
});

app.Run();
return 0;

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
