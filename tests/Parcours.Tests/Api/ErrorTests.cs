using System.Text;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ErrorTests(ApiFixture api)
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task MalformedJson_Is400InFrench()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/people", Json("{\"firstName\": ")), 400, "malformed-request");
        Assert.Contains("JSON", problem.Str("detail"));
    }

    [Fact]
    public async Task MissingRequiredField_Is400NamingIt()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/people", Json("{\"firstName\":\"Claire\",\"email\":\"c@x.fr\"}")), 400, "malformed-request");
        Assert.Contains("lastName", problem.Str("detail"));
    }

    [Fact]
    public async Task WrongType_Is400NamingTheField()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/cohorts", Json("{\"programmeId\":\"x\",\"title\":\"T\",\"startDate\":\"pas une date\",\"endDate\":\"2018-01-01\",\"targetTerritoryCount\":1,\"phases\":null}")), 400, "malformed-request");
        Assert.Contains("programmeId", problem.Str("detail"));
    }

    [Fact]
    public async Task MisspeltField_Is400NamingIt_RatherThanBeingDropped()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/people",
            Json("{\"firstName\":\"Claire\",\"lastName\":\"Lefèvre\",\"email\":\"c@x.fr\",\"organisaton\":\"Mairie\"}")), 400, "malformed-request");
        Assert.Contains("organisaton", problem.Str("detail"));
        var people = await api.Coordinator.GetAsync("/api/people?search=c@x.fr", 200);
        Assert.Equal(0, people.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnsupportedContentType_Is415()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/people", new StringContent("prénom=Claire", Encoding.UTF8, "application/x-www-form-urlencoded")), 415);
    }

    [Fact]
    public async Task OversizedBody_Is413AndNothingIsWritten()
    {
        var huge = new string('a', 300 * 1024);
        var response = await api.Coordinator.PostAsync("/api/programmes", Json($"{{\"name\":\"Énorme\",\"description\":\"{huge}\"}}"));
        await Http.ExpectProblemAsync(response, 413, "payload-too-large");
        var programmes = await api.Coordinator.GetAsync("/api/programmes", 200);
        Assert.DoesNotContain(programmes.EnumerateArray(), p => p.Str("name") == "Énorme");
    }

    [Fact]
    public async Task OverlongText_Is400NotAnError500()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/programmes", Json($"{{\"name\":\"{new string('n', 250)}\"}}")), 400, "validation");
        Assert.Contains("200 caractères", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync("/api/nulle-part"), 404, "not-found");
    }

    [Fact]
    public async Task WrongMethod_Is405ProblemDetails()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.DeleteAsync("/api/programmes"), 405);
    }

    [Fact]
    public async Task NotAGuidInTheRoute_Is404()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync("/api/cohorts/pas-un-guid"), 404);
    }
}
