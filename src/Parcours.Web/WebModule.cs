using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web;

/// <summary>
/// The French web interface: Razor Pages that send the same MediatR use cases as the API, mapped by
/// the API's host. Everything outside <c>/api</c>, <c>/health</c>, <c>/openapi</c> and <c>/swagger</c> is a page.
/// </summary>
public static class WebModule
{
    public const string PagesPolicy = "Pages";
    public const string CoordinationPolicy = "Coordination";
    public const string AdministrationPolicy = "Administration";
    public const string CommitteePolicy = "Comites";
    public const string CoachPolicy = "Accompagnement";
    public const string FollowingPolicy = "Suivi";
    public const string HistoryPolicy = "Historique";

    /// <summary>The folders of the roles' spaces, their policies (cookie scheme + roles) — decision records 0016, 0017.</summary>
    private static readonly (string Folder, string Policy, string[] Roles)[] Spaces =
    [
        ("/Coordination", CoordinationPolicy, [Roles.Coordinator]),
        ("/Administration", AdministrationPolicy, [Roles.Administrator]),
        // The progress report is read by committee members and by the coordination.
        ("/Comites", CommitteePolicy, [Roles.CommitteeMember, Roles.Coordinator]),
        ("/Accompagnement", CoachPolicy, [Roles.Coach]),
        // A territory's journal and its roadmap's review: the coordination and the coaches.
        ("/Journal", FollowingPolicy, [Roles.Coordinator, Roles.Coach]),
        // An item's history (audit trail): the coordination and administrators.
        ("/Historique", HistoryPolicy, [Roles.Coordinator, Roles.Administrator]),
    ];

    public static IServiceCollection AddParcoursWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
            {
                // Deny by default: every page needs a signed-in person unless it says otherwise here.
                o.Conventions.AuthorizeFolder("/", PagesPolicy);
                // Each role's space is a folder under a policy of its own (its page models say it too).
                foreach (var space in Spaces) o.Conventions.AuthorizeFolder(space.Folder, space.Policy);
                o.Conventions.AllowAnonymousToPage("/Connexion");
                o.Conventions.AllowAnonymousToPage("/Erreur");
                o.Conventions.AllowAnonymousToPage("/Accessibilite");
                o.Conventions.AllowAnonymousToPage("/MentionsLegales");
                o.Conventions.AllowAnonymousToPage("/MotDePasse");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UseCaseExceptionFilter>();
                o.Filters.Add<ExpiredFormFilter>();
                o.Filters.Add<UnknownHandlerFilter>();
                // A value the binder cannot read (a date typed by hand, letters in a number) is said in French beside its field.
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"« {value} » n'est pas une valeur valide ici.");
                messages.SetValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valide ici.");
                messages.SetValueMustBeANumberAccessor(_ => "Écrivez un nombre, en chiffres.");
                messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
                messages.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
                messages.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
                messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valide ici.");
                messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Cette valeur n'est pas valide.");
                messages.SetNonPropertyValueMustBeANumberAccessor(() => "Écrivez un nombre, en chiffres.");
                messages.SetUnknownValueIsInvalidAccessor(_ => "Cette valeur n'est pas valide.");
            })
            .AddApplicationPart(typeof(WebModule).Assembly)
            .AddCookieTempDataProvider(o => o.Cookie.Name = "parcours.message");
        // Pages know people by their session cookie only (bearer tokens are for the API), and challenge with it.
        var policies = services.AddAuthorizationBuilder().AddPolicy(PagesPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        foreach (var space in Spaces)
        {
            policies.AddPolicy(space.Policy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(space.Roles));
        }
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "parcours.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__jeton";
            o.HeaderName = "X-Parcours-Jeton";
        });
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<Application.Reminders.IReminderLinks, WebReminderLinks>();
        // French is written as French (« é », not « &#xE9; »): pages are UTF-8, and the encoder still escapes markup.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }

    /// <summary>Whether a request is for the API (or its documents) rather than for a page.</summary>
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi")
        || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/swagger");

    /// <summary>
    /// The cookie's challenges: the API answers 401/403; a page sends the person to the login page —
    /// and a form posted after the session expired is carried there whole (307 keeps method and body),
    /// so that nothing typed is lost.
    /// </summary>
    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "parcours";
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.HttpOnly = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = "/connexion";
        o.AccessDeniedPath = "/erreur/403";
        // Not « retour »: with it, the cookie handler itself would redirect right after a sign-in on the
        // login page, before the page could hand back a form carried across an expired session.
        o.ReturnUrlParameter = "ReturnUrl";
        o.Events.OnRedirectToLogin = c =>
        {
            if (IsApi(c.HttpContext))
            {
                c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }
            var request = c.Request;
            if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
            {
                c.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                c.Response.Headers.Location = ResumeAddress(request);
                return Task.CompletedTask;
            }
            c.Response.Redirect($"{request.PathBase}/connexion?retour={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}");
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = c =>
        {
            if (IsApi(c.HttpContext))
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            // A page of another role's space is « introuvable », exactly like an address that does not
            // exist: the status pages render the same French 404 page.
            c.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        };
    }

    /// <summary>The login page's resume step, for a form that must be carried there (with a 307) to be handed back.</summary>
    internal static string ResumeAddress(HttpRequest request) =>
        $"{request.PathBase}/connexion?handler=reprise&retour={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}";

    /// <summary>Headers of every answer, and French error pages for the pages (the API keeps problem details).</summary>
    public static IApplicationBuilder UseParcoursWeb(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            // Swagger UI and the scheduler's dashboard run inline scripts of their own: they get no CSP.
            if (!context.Request.Path.StartsWithSegments("/swagger") && !context.Request.Path.StartsWithSegments("/hangfire"))
            {
                // Our pages load nothing from elsewhere and run no inline script.
                headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XFrameOptions = "DENY";
            }
            return next(context);
        });
        app.UseWhen(c => !IsApi(c), branch => branch.UseStatusCodePagesWithReExecute("/erreur/{0}"));
        return app;
    }

    public static IEndpointRouteBuilder MapParcoursWeb(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapGet("/static/{file}", StaticAssets.Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
