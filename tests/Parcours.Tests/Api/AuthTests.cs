using System.Net;
using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiFixture api)
{
    [Fact]
    public async Task Login_WithTheBootstrapAdministrator_GivesABearerTokenThatOpensTheApi()
    {
        var admin = await api.App.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        var me = await admin.GetAsync("/api/me", 200);
        Assert.Equal(ParcoursApp.AdminEmail, me.Str("email"));
        Assert.Contains("Administrator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Login_WithAWrongPassword_Is401InFrench()
    {
        var response = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email = ParcoursApp.AdminEmail, password = "pas-le-bon" });
        var problem = await Http.ExpectProblemAsync(response, 401, "invalid-credentials");
        Assert.Contains("mot de passe incorrect", problem.Str("detail"));
        Assert.Equal("Connexion refusée.", problem.Str("title"));
    }

    [Fact]
    public async Task Login_WithoutFields_Is400NamingThem()
    {
        var problem = await Http.ExpectProblemAsync(await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email = "" }), 400, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task RepeatedFailedLogins_AreThrottledWith429_WhileOtherAccountsStillSignIn()
    {
        var email = $"cible-{Guid.NewGuid():N}@tests.parcours";
        await api.NewAccountAsync("Coach", email: email);
        for (var i = 0; i < 5; i++)
        {
            var failed = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "mauvais" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        // Even the right password waits now: the guesser cannot tell.
        var blocked = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ParcoursApp.Password });
        await Http.ExpectProblemAsync(blocked, 429, "too-many-failed-logins");
        Assert.True(blocked.Headers.RetryAfter is not null);

        await api.App.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
    }

    [Fact]
    public async Task SelfRegistration_IsNotExposed()
    {
        var response = await api.Anonymous.PostAsJsonAsync("/api/auth/register", new { email = "intrus@exemple.fr", password = "Intrus-Password-1" });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed,
            $"got {(int)response.StatusCode}");
        var login = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email = "intrus@exemple.fr", password = "Intrus-Password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task CookieLogin_OpensTheApiToABrowser()
    {
        var browser = api.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = ParcoursApp.AdminEmail, password = ParcoursApp.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("parcours=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        await browser.GetAsync("/api/me", 200);
        await browser.PostAsync("/api/auth/logout", new { }, 204);
        await Http.ExpectProblemAsync(await browser.GetAsync("/api/me"), 401);
    }

    [Fact]
    public async Task RefreshToken_GivesANewAccessToken()
    {
        var client = api.App.CreateClient();
        var tokens = (await (await client.PostAsJsonAsync("/api/auth/login", new { email = ParcoursApp.AdminEmail, password = ParcoursApp.AdminPassword }))
            .Content.ReadFromJsonAsync<ParcoursApp.TokenResponse>())!;
        var refreshed = await client.PostAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, 200);
        Assert.False(string.IsNullOrEmpty(refreshed.Str("accessToken")));
        await Http.ExpectProblemAsync(await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "faux" }), 401, "invalid-refresh-token");
    }

    [Fact]
    public async Task Requests_WithoutAToken_Are401ProblemDetails()
    {
        await Http.ExpectProblemAsync(await api.Anonymous.GetAsync("/api/cohorts"), 401, "unauthenticated");
        var forged = api.App.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "CfDJ8-pas-un-vrai-jeton");
        await Http.ExpectProblemAsync(await forged.GetAsync("/api/cohorts"), 401, "unauthenticated");
    }
}

/// <summary>Tests that start their own hosts (restarts, settings), outside the shared one.</summary>
public sealed class HostLifecycleTests
{
    [Fact]
    public async Task BearerToken_SurvivesARestart()
    {
        string folder;
        string token;
        using (var first = new ParcoursApp())
        {
            folder = first.Folder;
            var client = await first.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
            token = client.DefaultRequestHeaders.Authorization!.Parameter!;
            await client.GetAsync("/api/me", 200);
        }
        using var second = new ParcoursApp(folder);
        var again = second.CreateClient();
        again.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        await again.GetAsync("/api/me", 200);
    }

    [Fact]
    public async Task WithoutBootstrapSettings_NoAdministratorIsInvented()
    {
        using var app = new ParcoursApp(settings: new Dictionary<string, string?> { ["Bootstrap:AdminEmail"] = "", ["Bootstrap:AdminPassword"] = "" });
        var client = app.CreateClient();
        await client.GetAsync("/health/ready", 200);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = ParcoursApp.AdminEmail, password = ParcoursApp.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var db = await AppDatabase.OpenAsync(app);
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }
}
