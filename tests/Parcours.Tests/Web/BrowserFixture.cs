using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parcours.Tests.Support;

namespace Parcours.Tests.Web;

/// <summary>
/// The real host on a real Kestrel port of 127.0.0.1, with the 2018 pilot as demo data on a real
/// SQLite file, and one Debian Chromium shared by the browser tests (each test opens its own contexts).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Password-2018";
    public const string Catalyst = "catalyseur@parcours.demo";
    public const string Coordinator = "coordination@parcours.demo";

    private IPlaywright? _playwright;

    public ParcoursApp App { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true",
        ["Demo:Password"] = DemoPassword,
        ["App:PublicUrl"] = "http://parcours.test",
        // The pilot's reminders are all in 2018: the scheduler's start-up pass marks them skipped, and
        // must not compete for SQLite's write lock with the pages under test afterwards.
        ["Reminders:PollSeconds"] = "3600",
    });

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using (var coordinator = await ApiAsync(Coordinator))
        {
            await Http.PostAsync(coordinator, "/api/reminders/dispatch", new { }, 200); // what is due is settled before the first page
        }
        _playwright = await Playwright.CreateAsync();
        // CI shares two cores between this host, the browser and the other test collections.
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser (cookies of its own), French, optionally without JavaScript.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "fr-FR",
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous waits: CI shares two cores between this host, the browser and the other collections;
        // a passing test never waits for them, a failing one fails with the page's own words anyway.
        context.SetDefaultTimeout(60_000);
        return context;
    }

    /// <summary>Signs in through the login page as a person would, and returns the page on « Mon espace ».</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string email, string password = DemoPassword)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        // Waits for « Mon espace » itself, not for the « load » of whatever document is there when the click returns:
        // that wait, begun while the form's POST and its redirect were under way, once never ended (a minute, with
        // the network idle) on a busy machine.
        try
        {
            await page.WaitForURLAsync(BaseUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Sign-in as {email} stayed on {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        }
        return page;
    }

    /// <summary>
    /// Expects the page to say <paramref name="text"/> in its status message; a refusal shown instead
    /// fails at once with the page's own French messages (rather than a bare timeout).
    /// </summary>
    public static async Task ExpectSaidAsync(IPage page, string text)
    {
        await Assertions.Expect(page.Locator(".message--succes[role=status], #erreurs").First).ToBeVisibleAsync();
        if (await page.Locator("#erreurs").CountAsync() > 0)
        {
            Assert.Fail($"Refused on {page.Url}: {await page.Locator("#erreurs").InnerTextAsync()}");
        }
        await Assertions.Expect(page.Locator(".message--succes[role=status]")).ToContainTextAsync(text);
    }

    /// <summary>An API client signed in with a bearer token, to arrange what a test needs (and to check what pages did).</summary>
    public async Task<HttpClient> ApiAsync(string email, string password = DemoPassword)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The demo catalyst's binôme: cohort, territory, and the partner's person id.</summary>
    public async Task<(Guid Cohort, Guid Territory, Guid Partner, string PartnerEmail)> CatalystPairAsync()
    {
        using var api = await ApiAsync(Catalyst);
        var me = await Http.GetAsync(api, "/api/me", 200);
        var pair = me.GetProperty("pairs")[0];
        var partner = pair.GetProperty("members").EnumerateArray().First(m => m.GetProperty("email").GetString() != Catalyst);
        return (pair.Id("cohortId"), pair.Id("territoryId"), partner.Id("personId"), partner.Str("email"));
    }

    /// <summary>Opens an account for a person through the administrators' API (the demo has one catalyst account per binôme).</summary>
    public async Task<string> AccountForAsync(Guid personId, string email, string role = "Catalyst")
    {
        using var admin = await ApiAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        var response = await admin.PostAsJsonAsync("/api/admin/accounts", new { email, password = DemoPassword, roles = new[] { role }, personId });
        if (response.StatusCode != HttpStatusCode.Conflict) await Http.ExpectAsync(response, 201);
        return email;
    }

    public sealed record Binome(Guid Cohort, Guid Territory, string TerritoryName, string First, string Second)
    {
        public string RoadmapUrl => $"/feuilles-de-route/{Cohort}/{Territory}";
    }

    public const string DemoCohortTitle = "Promotion pilote 2017–2018";

    /// <summary>The pilot's cohort (tests create other cohorts beside it).</summary>
    public static async Task<Guid> DemoCohortAsync(HttpClient coordinator) =>
        (await Http.GetAsync(coordinator, "/api/cohorts?pageSize=100", 200)).GetProperty("items").EnumerateArray()
            .Single(c => c.Str("title") == DemoCohortTitle).Id();

    private readonly HashSet<Guid> _taken = [];

    /// <summary>
    /// A binôme of the pilot that no other test uses, with an account for each member, whose roadmap is
    /// not waiting for its review (the demo catalyst's own binôme is left to the tests of the demo journey).
    /// </summary>
    public async Task<Binome> TakeBinomeAsync()
    {
        using var coordinator = await ApiAsync(Coordinator);
        var cohort = await DemoCohortAsync(coordinator);
        var submitted = (await Http.GetAsync(coordinator, $"/api/cohorts/{cohort}/roadmaps", 200)).EnumerateArray()
            .Where(r => r.GetProperty("status").ValueKind == JsonValueKind.String && r.Str("status") == "Submitted")
            .Select(r => r.Id("territoryId")).ToHashSet();
        var pairs = (await Http.GetAsync(coordinator, $"/api/cohorts/{cohort}/pairs?pageSize=100", 200)).GetProperty("items").EnumerateArray()
            .Where(p => !submitted.Contains(p.Id("territoryId"))
                && !p.GetProperty("members").EnumerateArray().Any(m => m.Str("email") == Catalyst))
            .OrderBy(p => p.Str("territoryName"), StringComparer.Ordinal).ToList();
        // Remembered by territory, not by position: a binôme that submitted meanwhile leaves the pool.
        JsonElement pair;
        lock (_taken)
        {
            pair = pairs.First(p => !_taken.Contains(p.Id("territoryId")));
            _taken.Add(pair.Id("territoryId"));
        }
        var members = pair.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("active").GetBoolean()).ToList();
        foreach (var m in members) await AccountForAsync(m.Id("personId"), m.Str("email"));
        return new Binome(cohort, pair.Id("territoryId"), pair.Str("territoryName"), members[0].Str("email"), members[1].Str("email"));
    }

    /// <summary>
    /// A binôme of its own for a test, formed today in the pilot's cohort through the API (a new
    /// territory, accepted; two new people with catalyst accounts): the pilot's eleven binômes are
    /// fewer than the tests that write.
    /// </summary>
    public async Task<Binome> NewBinomeAsync()
    {
        using var coordinator = await ApiAsync(Coordinator);
        var cohort = await DemoCohortAsync(coordinator);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Communauté de communes d'essai {tag}";
        var territory = await Http.PostAsync(coordinator, "/api/territories",
            new { name, kind = "Intercommunalite", region = "Bretagne", carrierKind = "Collectivite" }, 201);
        await Http.PostAsync(coordinator, $"/api/cohorts/{cohort}/territories", new { territoryId = territory.Id() }, 201);
        await Http.PostAsync(coordinator, $"/api/cohorts/{cohort}/territories/{territory.Id()}/accept", new { }, 200);
        var people = new List<JsonElement>();
        foreach (var first in new[] { "Aurore", "Bastien" })
        {
            people.Add(await Http.PostAsync(coordinator, "/api/people",
                new { firstName = first, lastName = $"Essai{tag}", email = $"{first.ToLowerInvariant()}.{tag}@essai.test" }, 201));
        }
        await Http.PostAsync(coordinator, $"/api/cohorts/{cohort}/pairs",
            new { territoryId = territory.Id(), fromDate = DateTime.UtcNow.ToString("yyyy-MM-dd"), memberIds = people.Select(p => p.Id()).ToArray() }, 201);
        foreach (var person in people) await AccountForAsync(person.Id(), person.Str("email"));
        lock (_taken) _taken.Add(territory.Id()); // never handed out again by TakeBinomeAsync
        return new Binome(cohort, territory.Id(), name, people[0].Str("email"), people[1].Str("email"));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
