using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Application.Common;

namespace Parcours.Tests.Support;

/// <summary>
/// One host shared by the HTTP tests (start-up and migrations once), with a signed-in client per
/// role, each account created through the administrators' API like a real one. Every test builds
/// its own cohort, so tests do not depend on each other.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public ParcoursApp App { get; } = new();
    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Coordinator { get; private set; } = null!;
    public HttpClient Coach { get; private set; } = null!;
    public HttpClient CommitteeMember { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Anonymous = App.CreateClient();
        Admin = await App.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        Coordinator = await NewAccountAsync(Roles.Coordinator);
        Coach = await NewAccountAsync(Roles.Coach);
        CommitteeMember = await NewAccountAsync(Roles.CommitteeMember);
    }

    /// <summary>Opens an account with the given roles (and person) and returns a client signed in with it.</summary>
    public async Task<HttpClient> NewAccountAsync(string? role, Guid? personId = null, string? email = null)
    {
        email ??= $"{(role ?? "aucun").ToLowerInvariant()}-{Guid.NewGuid():N}@tests.parcours";
        var response = await Admin.PostAsJsonAsync("/api/admin/accounts", new
        {
            email, password = ParcoursApp.Password, roles = role is null ? Array.Empty<string>() : [role], personId,
        });
        await Http.ExpectAsync(response, 201);
        return await App.LoginAsync(email, ParcoursApp.Password);
    }

    /// <summary>A catalyst account linked to the given person.</summary>
    public Task<HttpClient> CatalystAsync(Guid personId) => NewAccountAsync(Roles.Catalyst, personId);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts the status, showing the body when it differs (the problem details say why).</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {status}, got {(int)response.StatusCode}: {body}");
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
        return body.Length == 0 || !json ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostAsync(this HttpClient client, string url, object body, int status) =>
        await ExpectAsync(await client.PostAsJsonAsync(url, body), status);

    public static async Task<JsonElement> PutAsync(this HttpClient client, string url, object body, int status) =>
        await ExpectAsync(await client.PutAsJsonAsync(url, body), status);

    public static async Task<JsonElement> GetAsync(this HttpClient client, string url, int status) =>
        await ExpectAsync(await client.GetAsync(url), status);

    /// <summary>A problem-details answer: its status, a French title, a stable type and no stack trace.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, int status, string? type = null)
    {
        var problem = await ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("urn:parcours:problem:", problem.GetProperty("type").GetString());
        if (type is not null)
        {
            Assert.Equal("urn:parcours:problem:" + type, problem.GetProperty("type").GetString());
        }
        var title = problem.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.DoesNotContain(title, EnglishDefaultTitles);
        Assert.DoesNotContain("error occurred", title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("parcours", problem.EnumerateObject().Select(p => p.Name));
        var text = problem.GetRawText();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return problem;
    }

    private static readonly string[] EnglishDefaultTitles =
        ["Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Conflict", "Payload Too Large",
         "Unsupported Media Type", "Too Many Requests", "One or more validation errors occurred."];

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static Guid Id(this JsonElement e, string name = "id") => e.GetProperty(name).GetGuid();
}
