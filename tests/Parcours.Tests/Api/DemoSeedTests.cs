using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>With Demo:Seed, an empty database gets the 2018 pilot, and each demo account works.</summary>
public sealed class DemoSeedTests
{
    [Fact]
    public async Task DemoSeed_LoadsThePilotCohortWithItsThirteenTerritoriesAndElevenPairs()
    {
        const string password = "Demo-Test-Password-1";
        using var app = new ParcoursApp(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:Password"] = password });
        var coordinator = await app.LoginAsync("coordination@parcours.demo", password);

        var cohorts = (await coordinator.GetAsync("/api/cohorts", 200)).GetProperty("items").EnumerateArray().ToList();
        var cohort = cohorts.Single(c => c.Str("title") == "Promotion pilote 2017–2018");
        // The pilot is the template of the next cohort: made from it, empty of territories.
        var next = cohorts.Single(c => c.Str("title") == "Promotion 2018–2019");
        Assert.Equal(("2018-07-01", "2019-12-31"), (next.Str("startDate"), next.Str("endDate")));
        Assert.Equal(0, (await coordinator.GetAsync($"/api/cohorts/{next.Id()}/territories", 200)).GetProperty("total").GetInt32());
        Assert.Equal("Promotion pilote 2017–2018", cohort.Str("title"));
        Assert.Equal("2017-07-01", cohort.Str("startDate"));
        Assert.Equal("2018-12-31", cohort.Str("endDate"));
        var cohortId = cohort.Id();

        var counts = (await coordinator.GetAsync($"/api/cohorts/{cohortId}/territories/counts", 200))
            .GetProperty("byStatus").EnumerateArray().ToDictionary(c => c.Str("status"), c => c.GetProperty("count").GetInt32());
        Assert.Equal(11, counts["Accepted"]);
        Assert.Equal(2, counts["Declined"]);
        var declined = await coordinator.GetAsync($"/api/cohorts/{cohortId}/territories?status=Declined", 200);
        Assert.All(declined.GetProperty("items").EnumerateArray(), t => Assert.Contains("temporalité non appropriée", t.Str("statusReason")));

        var pairs = await coordinator.GetAsync($"/api/cohorts/{cohortId}/pairs?pageSize=100", 200);
        Assert.Equal(11, pairs.GetProperty("total").GetInt32());
        Assert.All(pairs.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("complete").GetBoolean()));

        var regions = (await coordinator.GetAsync($"/api/cohorts/{cohortId}/territories?pageSize=100", 200)).GetProperty("items")
            .EnumerateArray().Select(t => t.GetProperty("territory").Str("region")).Distinct().Count();
        Assert.True(regions >= 6, $"only {regions} regions: the pilot is meant to be diverse");

        foreach (var email in new[] { "admin@parcours.demo", "accompagnement@parcours.demo", "comite@parcours.demo" })
        {
            await (await app.LoginAsync(email, password)).GetAsync("/api/me", 200);
        }
        var catalyst = await app.LoginAsync("catalyseur@parcours.demo", password);
        Assert.Equal(1, (await catalyst.GetAsync($"/api/cohorts/{cohortId}/pairs", 200)).GetProperty("total").GetInt32());

        // The path of 2018: S1 on 3 May at the CGET in Paris, the four in order, S3's topic voted.
        var sessions = (await coordinator.GetAsync($"/api/cohorts/{cohortId}/sessions", 200)).EnumerateArray().ToList();
        Assert.Equal("2018-05-03T09:30:00", sessions[0].Str("startsAt"));
        Assert.Contains("CGET", sessions[0].Str("venueName"));
        Assert.Equal(sessions.Select(x => x.Str("startsAtUtc")).Order(StringComparer.Ordinal), sessions.Select(x => x.Str("startsAtUtc")));
        Assert.False(string.IsNullOrEmpty(sessions[2].Str("topic")));
        // The consultancy's follow-up: a launch meeting each, monthly contacts, two territories silent since the summer.
        var coach = await app.LoginAsync("accompagnement@parcours.demo", password);
        var activity = (await coach.GetAsync($"/api/cohorts/{cohortId}/follow-up/activity", 200)).EnumerateArray().ToList();
        Assert.Equal(11, activity.Count);
        Assert.All(activity, t => Assert.InRange(t.GetProperty("contacts").GetInt32(), 5, 8));
        var launches = await coach.GetAsync($"/api/cohorts/{cohortId}/follow-ups?kind=BilateraleLancement", 200);
        Assert.Equal(11, launches.GetProperty("total").GetInt32());
        // Seen from today, silent since before 1 October 2018: the two territories whose contacts stopped in August.
        var days = ParisDate.Today.DayNumber - new DateOnly(2018, 10, 1).DayNumber;
        var silent = await coordinator.GetAsync($"/api/cohorts/{cohortId}/follow-up/without-contact?days={days}", 200);
        Assert.Equal(2, silent.GetProperty("territories").GetArrayLength());
        Assert.All(silent.GetProperty("territories").EnumerateArray(), t => Assert.StartsWith("2018-08", t.Str("lastContact")));
        Assert.Equal(3, (await coordinator.GetAsync($"/api/cohorts/{cohortId}/field-visits", 200)).GetArrayLength());
        var shared = await catalyst.GetAsync($"/api/cohorts/{cohortId}/follow-ups?pageSize=100", 200);
        Assert.All(shared.GetProperty("items").EnumerateArray(), e => Assert.Equal("SharedWithPair", e.Str("visibility")));

        // The three committees of 2018; the demo member (Caisse des Dépôts) sees only the comité d'orientation.
        Assert.Equal(["Pilotage", "Orientation", "Technique"], (await coordinator.GetAsync($"/api/cohorts/{cohortId}/committees", 200)).EnumerateArray().Select(c => c.Str("kind")));
        var member = await app.LoginAsync("comite@parcours.demo", password);
        var orientation = Assert.Single((await member.GetAsync($"/api/cohorts/{cohortId}/committees", 200)).EnumerateArray());
        Assert.Equal(16, orientation.GetProperty("seats").GetArrayLength());
        var meetings = (await member.GetAsync($"/api/committees/{orientation.Id()}/meetings", 200)).EnumerateArray().ToList();
        Assert.Equal(["2018-03", "2018-09", "2018-12"], meetings.Select(m => m.Str("startsAt")[..7]));
        var last = await member.GetAsync($"/api/committees/{orientation.Id()}/meetings/{meetings[2].Id()}", 200);
        Assert.Single(last.GetProperty("openDecisionsFromEarlierMeetings").EnumerateArray());

        // Roadmaps in varied states; the committee's bundle holds the validated ones and reads back.
        var roadmaps = (await coordinator.GetAsync($"/api/cohorts/{cohortId}/roadmaps", 200)).EnumerateArray().ToList();
        Assert.Equal(11, roadmaps.Count);
        Assert.Equal(new[] { "ChangesRequested", "Draft", "Submitted", "Validated" }, roadmaps.Select(r => r.Str("status")).Distinct().Order());
        var validatedCount = roadmaps.Count(r => r.Str("status") == "Validated");
        var bundle = await (await member.GetAsync($"/api/cohorts/{cohortId}/roadmaps/bundle.pdf")).Content.ReadAsByteArrayAsync();
        var bundlePages = await Pdf.TextAsync(bundle);
        // Every entry of the contents page ends with its page number (the footer line says « Page x / y »).
        var entries = bundlePages[1].Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\S\s+\d+\s*$") && !l.Contains("Page ", StringComparison.Ordinal));
        Assert.Equal(validatedCount, entries.Count());

        // The library: supports for each of S1–S4, documents that read back, and the same library in the next edition.
        var library = (await coordinator.GetAsync($"/api/resources?cohortId={cohortId}", 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], library.Where(r => r.GetProperty("sessionNumber").ValueKind == System.Text.Json.JsonValueKind.Number)
            .Select(r => r.GetProperty("sessionNumber").GetInt32()).Distinct().Order());
        var document = library.First(r => r.Str("format") == "Document");
        Assert.Contains(document.Str("title"), await (await catalyst.GetAsync(document.Str("downloadUrl"))).Content.ReadAsStringAsync());
        var nextEdition = (await coordinator.GetAsync("/api/cohorts?pageSize=100", 200)).GetProperty("items").EnumerateArray().Single(c => c.Str("title") == "Promotion 2018–2019").Id();
        Assert.Equal(library.Count, (await coordinator.GetAsync($"/api/resources?cohortId={nextEdition}", 200)).GetProperty("items").GetArrayLength());

        var rates = await coordinator.GetAsync($"/api/cohorts/{cohortId}/attendance/rates", 200);
        Assert.All(rates.GetProperty("sessions").EnumerateArray(), x =>
        {
            Assert.Equal(22, x.GetProperty("expected").GetInt32());
            Assert.InRange(x.GetProperty("presenceRate").GetDouble(), 0.6, 0.99);
        });
    }

    [Fact]
    public async Task DemoSeed_RunsOnlyOnAnEmptyDatabase()
    {
        const string password = "Demo-Test-Password-1";
        var settings = new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:Password"] = password };
        string folder;
        using (var first = new ParcoursApp(settings: settings))
        {
            folder = first.Folder;
            await first.CreateClient().GetAsync("/health/ready", 200);
        }
        using var second = new ParcoursApp(folder, settings);
        var coordinator = await second.LoginAsync("coordination@parcours.demo", password);
        Assert.Equal(2, (await coordinator.GetAsync("/api/cohorts", 200)).GetProperty("total").GetInt32()); // the pilot and its next edition, once
    }
}
