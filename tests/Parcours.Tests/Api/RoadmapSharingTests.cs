using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>Peer exchange: nothing is shared unless the binôme chooses it, peers find it by theme, region and kind, and withdrawing works at once.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoadmapSharingTests(ApiFixture api)
{
    [Fact]
    public async Task ARoadmap_IsSharedOnlyByItsBinomesChoice_FoundByPeers_AndWithdrawnAtOnce()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion des pairs");
        var (territory, _, first, _) = await s.PairAsync();
        var (_, _, peerPerson, _) = await s.PairAsync();
        var author = await api.CatalystAsync(first);
        var peer = await api.CatalystAsync(peerPerson);
        var roadmap = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        var shared = $"/api/cohorts/{s.CohortId}/shared-roadmaps";

        await author.PutAsync($"{roadmap}/sections/enjeux", new { text = "Un tiers-lieu rural à faire vivre avec la mairie.", version = 0 }, 200);
        // Not validated yet: cannot be shared; nothing is shared by default.
        var early = await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new[] { "TiersLieux" } }), 409, "roadmap-share-not-validated");
        Assert.Contains("validée", early.Str("detail"));
        await author.PostAsync($"{roadmap}/submit", new { version = 1 }, 200);
        await api.Coordinator.PostAsync($"{roadmap}/validate", new { }, 200);
        Assert.Empty((await peer.GetAsync(shared, 200)).EnumerateArray());
        await Http.ExpectProblemAsync(await peer.GetAsync($"{shared}/{territory}"), 404);

        var noTheme = await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = Array.Empty<string>() }), 400);
        Assert.True(noTheme.GetProperty("errors").TryGetProperty("themes", out _), noTheme.GetRawText());
        await Http.ExpectProblemAsync(await peer.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new[] { "TiersLieux" } }), 404);
        var sharing = await author.PutAsync($"{roadmap}/sharing", new { themes = new[] { "TiersLieux", "HybridModels" } }, 200);
        Assert.True(sharing.GetProperty("shared").GetBoolean());

        var found = (await peer.GetAsync($"{shared}?theme=TiersLieux&region=Bretagne&kind=Commune", 200)).EnumerateArray().ToList();
        var item = Assert.Single(found);
        Assert.Equal(territory, item.Id("territoryId"));
        Assert.Contains("Tiers-lieux et dialogue territorial", item.GetProperty("themeLabels").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty((await peer.GetAsync($"{shared}?theme=CsrAndPartnerships", 200)).EnumerateArray());
        Assert.Empty((await peer.GetAsync($"{shared}?region=Occitanie", 200)).EnumerateArray());
        var read = await peer.GetAsync($"{shared}/{territory}", 200);
        Assert.Equal("Un tiers-lieu rural à faire vivre avec la mairie.", read.GetProperty("version").GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "enjeux").Str("text"));
        Assert.Equal("", read.GetProperty("version").Str("submittedBy")); // peers read the text, not who handled it
        // Another cohort's catalyst does not see it.
        var elsewhere = await new Scenario(api.Coordinator).CohortAsync("Autre promotion");
        var (_, _, stranger, _) = await elsewhere.PairAsync();
        await Http.ExpectProblemAsync(await (await api.CatalystAsync(stranger)).GetAsync($"{shared}/{territory}"), 404);

        // Withdrawn: gone at once, for list and reading alike.
        var withdrawn = await author.DeleteAsync($"{roadmap}/sharing");
        Assert.False((await Http.ExpectAsync(withdrawn, 200)).GetProperty("shared").GetBoolean());
        Assert.Empty((await peer.GetAsync(shared, 200)).EnumerateArray());
        await Http.ExpectProblemAsync(await peer.GetAsync($"{shared}/{territory}"), 404);
        await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new[] { "Inconnu" } }), 400);
        await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new object?[] { null } }), 400);
        await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new[] { 42 } }), 400);
    }

    [Fact]
    public async Task SharedWithTheProgramme_TheCatalystsOfEveryCohortFindAndReadIt_BackToTheCohort_TheyNoLongerDo()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion qui partage au programme");
        var (territory, _, first, _) = await s.PairAsync();
        var author = await api.CatalystAsync(first);
        var roadmap = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        await author.PutAsync($"{roadmap}/sections/enjeux", new { text = "Une alliance entre une fondation et trois communes.", version = 0 }, 200);
        await author.PostAsync($"{roadmap}/submit", new { version = 1 }, 200);
        await api.Coordinator.PostAsync($"{roadmap}/validate", new { }, 200);

        var elsewhere = await new Scenario(api.Coordinator).CohortAsync("Promotion d'une autre région");
        var (_, _, strangerPerson, _) = await elsewhere.PairAsync();
        var stranger = await api.CatalystAsync(strangerPerson);
        var theirList = $"/api/cohorts/{elsewhere.CohortId}/shared-roadmaps";
        var reading = $"/api/cohorts/{s.CohortId}/shared-roadmaps/{territory}";

        // With the cohort (the default): not for another cohort.
        var sharing = await author.PutAsync($"{roadmap}/sharing", new { themes = new[] { "FragilitiesAndAlliances" } }, 200);
        Assert.Equal("Cohort", sharing.Str("sharedWith"));
        Assert.DoesNotContain(territory, (await stranger.GetAsync(theirList, 200)).EnumerateArray().Select(i => i.Id("territoryId")));
        await Http.ExpectProblemAsync(await stranger.GetAsync(reading), 404);

        // With the programme: listed among theirs, with its cohort, and readable.
        Assert.Equal("Programme", (await author.PutAsync($"{roadmap}/sharing", new { themes = new[] { "FragilitiesAndAlliances" }, scope = "Programme" }, 200)).Str("sharedWith"));
        var item = (await stranger.GetAsync($"{theirList}?theme=FragilitiesAndAlliances", 200)).EnumerateArray().Single(i => i.Id("territoryId") == territory);
        Assert.Equal("Promotion qui partage au programme", item.Str("cohortTitle"));
        Assert.False(item.GetProperty("own").GetBoolean());
        Assert.Equal("Une alliance entre une fondation et trois communes.",
            (await stranger.GetAsync(reading, 200)).GetProperty("version").GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "enjeux").Str("text"));
        // Someone who is no catalyst anywhere still does not read it.
        await Http.ExpectProblemAsync(await api.CommitteeMember.GetAsync(reading), 403);
        await Http.ExpectProblemAsync(await author.PutAsJsonAsync($"{roadmap}/sharing", new { themes = new[] { "TiersLieux" }, scope = "Monde" }), 400);

        // Back to the cohort: gone for the other cohort at once.
        await author.PutAsync($"{roadmap}/sharing", new { themes = new[] { "FragilitiesAndAlliances" }, scope = "Cohort" }, 200);
        Assert.DoesNotContain(territory, (await stranger.GetAsync(theirList, 200)).EnumerateArray().Select(i => i.Id("territoryId")));
        await Http.ExpectProblemAsync(await stranger.GetAsync(reading), 404);
    }
}
