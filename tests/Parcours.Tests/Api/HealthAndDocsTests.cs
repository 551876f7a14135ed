using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HealthAndDocsTests(ApiFixture api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/swagger/index.html")]
    public async Task PublicOperationsEndpoints_AnswerWithoutLogin(string url)
    {
        var response = await api.Anonymous.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Ready_SaysTheDatabaseIsUpToDate()
    {
        var body = await (await api.Anonymous.GetAsync("/health/ready")).Content.ReadAsStringAsync();
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task OpenApi_DescribesTheDomainEndpoints()
    {
        var doc = await api.Anonymous.GetAsync("/openapi/v1.json", 200);
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cohorts/{cohortId}/territories", out _));
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
        Assert.False(paths.TryGetProperty("/api/auth/register", out _));
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").Str("scheme"));
    }
}
