using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parcours.Tests.Support;

namespace Parcours.Tests.Web;

/// <summary>
/// Every page of the interface, role by role, over HTTP with each role's session cookie: signed out,
/// a page asks to sign in (except the public ones); the coordination's pages answer coordinators
/// only — every other role is refused before anything is read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessMatrixTests(BrowserFixture web)
{
    private static readonly string[] Public = ["/Connexion", "/Erreur", "/Accessibilite", "/MentionsLegales", "/MotDePasse"];

    private async Task<IReadOnlyList<(string ViewPath, string Url)>> PagesAsync()
    {
        using var coordinator = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohort = (await BrowserFixture.DemoCohortAsync(coordinator)).ToString();
        var pages = web.App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo?.Template is not null)
            .Select(p => (ViewPath: p.ViewEnginePath, Url: "/" + System.Text.RegularExpressions.Regex.Replace(p.AttributeRouteInfo!.Template!, @"\{(\w+)(:[^}]*)?\}",
                m => m.Groups[1].Value == "cohortId" ? cohort : m.Groups[2].Value.StartsWith(":int", StringComparison.Ordinal) || m.Groups[1].Value == "code" ? "1" : Guid.NewGuid().ToString())))
            .DistinctBy(p => p.ViewPath)
            .ToList();
        Assert.Contains(pages, p => p.ViewPath == "/Coordination/TableauDeBord");
        return pages;
    }

    private static async Task<(int Status, string? Location)> GetAsync(IAPIRequestContext request, string url)
    {
        var response = await request.GetAsync(url, new() { MaxRedirects = 0 });
        response.Headers.TryGetValue("location", out var location);
        return (response.Status, location);
    }

    [Fact]
    public async Task SignedOut_EveryPageButThePublicOnes_AsksToSignIn()
    {
        await using var context = await web.NewContextAsync();
        foreach (var (view, url) in await PagesAsync())
        {
            var (status, location) = await GetAsync(context.APIRequest, url);
            if (Public.Contains(view)) Assert.True(status is 200 or 403 or 404, $"{url}: {status}");
            else Assert.True(status == 302 && location!.StartsWith("/connexion", StringComparison.Ordinal), $"{url} answered {status} {location} to a signed-out visitor.");
        }
    }

    /// <summary>Who each space is for, by folder (the folder's policy and each page's model both say it).</summary>
    private static readonly (string Prefix, string[] Roles)[] Spaces =
    [
        ("/Coordination/", ["Coordinator"]),
        ("/Administration/", ["Administrator"]),
        ("/Comites/Rapport", ["CommitteeMember", "Coordinator"]),
        ("/Comites/", ["CommitteeMember"]),
        ("/Accompagnement/", ["Coach"]),
        ("/Journal/", ["Coordinator", "Coach"]),
        ("/Historique/", ["Coordinator", "Administrator"]),
        ("/FeuilleDeRoute/", ["Catalyst"]),
        ("/Programme/", ["Catalyst"]),
        ("/Suivi/", ["Catalyst"]),
    ];

    [Theory]
    [InlineData(BrowserFixture.Catalyst, "Catalyst")]
    [InlineData("accompagnement@parcours.demo", "Coach")]
    [InlineData("comite@parcours.demo", "CommitteeMember")]
    [InlineData(ParcoursApp.AdminEmail, "Administrator")]
    [InlineData(BrowserFixture.Coordinator, "Coordinator")]
    public async Task EveryRole_FindsAnotherSpacesPagesIntrouvable(string email, string role)
    {
        await using var context = await web.NewContextAsync();
        await web.SignInAsync(context, email, email == ParcoursApp.AdminEmail ? ParcoursApp.AdminPassword : BrowserFixture.DemoPassword);
        var checkedPages = 0;
        foreach (var (view, url) in await PagesAsync())
        {
            var space = Spaces.FirstOrDefault(s => view.StartsWith(s.Prefix, StringComparison.Ordinal));
            if (space.Roles is null || space.Roles.Contains(role)) continue;
            var (status, location) = await GetAsync(context.APIRequest, url);
            Assert.True(status == 404, $"{url} answered {status} {location} to {email}: another space's page is « introuvable ».");
            checkedPages++;
        }
        Assert.True(checkedPages > 10, $"Only {checkedPages} pages were checked for {email}.");
    }

    [Fact]
    public async Task TheCoordination_ReachesEveryCoordinationPage_AndAnUnknownItemIsIntrouvable()
    {
        await using var context = await web.NewContextAsync();
        await web.SignInAsync(context, BrowserFixture.Coordinator);
        using var coordinator = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohortId = (await BrowserFixture.DemoCohortAsync(coordinator)).ToString();
        foreach (var (view, url) in (await PagesAsync()).Where(p => p.ViewPath.StartsWith("/Coordination/", StringComparison.Ordinal)))
        {
            var (status, _) = await GetAsync(context.APIRequest, url);
            // Pages of the cohort itself open; an item that does not exist (a random id here) is « introuvable ».
            var unknownItems = System.Text.RegularExpressions.Regex.Matches(url, "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}").Count(m => !cohortId.Contains(m.Value));
            var expected = unknownItems > 0 ? 404 : 200;
            Assert.True(status == expected, $"{view} ({url}) answered {status} to the coordination, expected {expected}.");
        }
        var missing = await context.APIRequest.GetAsync($"/promotions/{Guid.NewGuid()}");
        Assert.Equal(404, missing.Status);
        Assert.Contains("introuvable", await missing.TextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AHandlerThePageDoesNotHave_IsIntrouvable_NeverAServerError()
    {
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        using var coordinator = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohort = (await BrowserFixture.DemoCohortAsync(coordinator)).ToString();
        await page.GotoAsync($"/promotions/{cohort}/vote");
        var token = await page.Locator("input[name=__jeton]").First.GetAttributeAsync("value");
        var pages = (await PagesAsync()).Where(p => !System.Text.RegularExpressions.Regex.Replace(p.Url, cohort, "").Contains('-', StringComparison.Ordinal)
            || p.ViewPath == "/Coordination/TableauDeBord").ToList();
        Assert.True(pages.Count > 15, string.Join(", ", pages.Select(p => p.Url)));
        foreach (var (view, url) in pages)
        {
            var get = await context.APIRequest.GetAsync($"{url}?handler=inconnu", new() { MaxRedirects = 0 });
            Assert.True(get.Status == 404, $"GET {url}?handler=inconnu answered {get.Status}.");
            var post = await context.APIRequest.PostAsync($"{url}?handler=inconnu", new()
            {
                MaxRedirects = 0, Form = context.APIRequest.CreateFormData().Set("__jeton", token!),
            });
            Assert.True(post.Status == 404, $"POST {url}?handler=inconnu answered {post.Status} ({view}).");
        }
    }
}
