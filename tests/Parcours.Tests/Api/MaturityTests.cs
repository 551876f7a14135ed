using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>Evaluation adapted to maturity: the binôme places its territory at the start and the end; the end's questions depend on the stage.</summary>
[Collection(ApiCollection.Name)]
public sealed class MaturityTests(ApiFixture api)
{
    private static object Answers(params (string Key, string Text)[] answers) => answers.Select(a => new { key = a.Key, text = a.Text }).ToArray();

    [Fact]
    public async Task TheEndsQuestions_DependOnTheStageReached_AndTheReportShowsTheMoves()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion évaluée");
        var (territory, _, first, _) = await s.PairAsync();
        var (other, _, otherFirst, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        var url = $"/api/cohorts/{s.CohortId}/territories/{territory}/maturity";

        var empty = await catalyst.GetAsync(url, 200);
        Assert.True(empty.GetProperty("canAssess").GetBoolean());
        Assert.Equal(["Émergence", "Structuration", "Consolidation", "Essaimage"], empty.GetProperty("scale").EnumerateArray().Select(x => x.Str("label")));
        var consolidationQuestions = empty.GetProperty("endQuestions").EnumerateArray().Single(q => q.Str("stage") == "Consolidation").GetProperty("questions")
            .EnumerateArray().Select(q => q.Str("key")).ToList();
        Assert.Equal(["modele", "effets"], consolidationQuestions);

        await catalyst.PutAsync($"{url}/Start", new { stage = "Structuration", answers = Answers(("pourquoi", "Une gouvernance se dessine.")) }, 200);
        // The end asks the questions of the stage reached — not those of another stage, and each of them.
        var wrong = await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/End",
            new { stage = "Consolidation", answers = Answers(("gouvernance", "Un comité de pilotage local.")) }), 409, "maturity-answer-unexpected");
        Assert.Contains("« Consolidation »", wrong.Str("detail"));
        var missing = await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/End",
            new { stage = "Consolidation", answers = Answers(("modele", "Des cotisations des partenaires.")) }), 409, "maturity-answer-missing");
        Assert.Contains("Quels effets mesurez-vous", missing.Str("detail"));
        var placed = await catalyst.PutAsync($"{url}/End", new { stage = "Consolidation", answers = Answers(("modele", "Des cotisations des partenaires."), ("effets", "Trois emplois créés.")) }, 200);
        Assert.Equal("Consolidation", placed.GetProperty("end").Str("label"));
        Assert.Equal("Quels effets mesurez-vous sur le territoire, et comment ?", placed.GetProperty("end").GetProperty("answers")[1].Str("question"));

        // Only the binôme places; the coordination reads; another binôme does not even see it.
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"{url}/Start", new { stage = "Emergence", answers = Answers(("pourquoi", "x")) }), 403);
        Assert.Equal("Structuration", (await api.Coordinator.GetAsync(url, 200)).GetProperty("start").Str("label"));
        var otherCatalyst = await api.CatalystAsync(otherFirst);
        await Http.ExpectProblemAsync(await otherCatalyst.GetAsync(url), 404);
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/Milieu", new { stage = "Emergence" }), 400);
        // Hostile bodies: a null answer, an answer without its question, an unknown stage — each a French 400, never a 500.
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/Start", new { stage = "Emergence", answers = new object?[] { null } }), 400);
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/Start", new { stage = "Emergence", answers = new[] { new { key = (string?)null, text = "x" } } }), 400);
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/Start", new { stage = "Inconnu" }), 400);
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"{url}/Start", new { stage = 9 }), 400);

        var otherUrl = $"/api/cohorts/{s.CohortId}/territories/{other}/maturity";
        await otherCatalyst.PutAsync($"{otherUrl}/Start", new { stage = "Emergence", answers = Answers(("pourquoi", "Tout commence.")) }, 200);
        await otherCatalyst.PutAsync($"{otherUrl}/End", new { stage = "Emergence", answers = Answers(("acteurs", "La mairie et deux associations."), ("premier-pas", "Une réunion publique.")) }, 200);

        var report = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report", 200);
        var maturity = report.GetProperty("maturity");
        Assert.Equal((1, 1, 0), (maturity.GetProperty("movedForward").GetInt32(), maturity.GetProperty("stayed").GetInt32(), maturity.GetProperty("movedBack").GetInt32()));
        var structuration = maturity.GetProperty("perStage").EnumerateArray().Single(x => x.Str("stage") == "Structuration");
        Assert.Equal((1, 0), (structuration.GetProperty("atStart").GetInt32(), structuration.GetProperty("atEnd").GetInt32()));
        Assert.Contains(maturity.GetProperty("moves").EnumerateArray(), m => m.Str("from") == "Structuration" && m.Str("to") == "Consolidation" && m.GetProperty("territories").GetInt32() == 1);
        var csv = await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/report/maturite.csv");
        Assert.Contains("Stade au début;Stade à la fin;Territoires", csv);
        var pdf = string.Join("\n", await Pdf.TextAsync(await api.Coordinator.GetByteArrayAsync($"/api/cohorts/{s.CohortId}/report.pdf")));
        Assert.Contains("Maturité des co-constructions", pdf);
        Assert.Contains("Retours des participants", pdf);
    }
}
