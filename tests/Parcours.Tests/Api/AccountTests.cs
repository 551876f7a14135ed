using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AccountTests(ApiFixture api)
{
    [Fact]
    public async Task CreateAccount_LinkedToAPerson_ShowsTheLinkAndTheRoles()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync();
        var personId = await scenario.PersonAsync();
        var email = $"claire-{Guid.NewGuid():N}@tests.parcours";
        var account = await api.Admin.PostAsync("/api/admin/accounts", new { email, password = ParcoursApp.Password, roles = new[] { "Catalyst" }, personId }, 201);
        Assert.Equal(personId, account.GetProperty("personId").GetGuid());
        Assert.Equal(["Catalyst"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        var person = await api.Coordinator.GetAsync($"/api/people/{personId}", 200);
        Assert.True(person.GetProperty("hasAccount").GetBoolean());
    }

    [Fact]
    public async Task CreateAccount_WithAWeakPassword_Is400InFrenchAndCreatesNothing()
    {
        var email = $"faible-{Guid.NewGuid():N}@tests.parcours";
        var response = await api.Admin.PostAsJsonAsync("/api/admin/accounts", new { email, password = "court", roles = Array.Empty<string>() });
        var problem = await Http.ExpectProblemAsync(response, 400, "validation");
        Assert.Contains("au moins 10 caractères", problem.GetProperty("errors").GetProperty("password")[0].GetString());
        var login = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "court" });
        Assert.Equal(401, (int)login.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_WithAnUnknownRoleOrATakenEmail_Is400()
    {
        await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync("/api/admin/accounts",
            new { email = $"x-{Guid.NewGuid():N}@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Dieu" } }), 400, "validation");
        var problem = await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync("/api/admin/accounts",
            new { email = ParcoursApp.AdminEmail, password = ParcoursApp.Password, roles = Array.Empty<string>() }), 400, "validation");
        Assert.Contains("a déjà un compte", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task CreateAccount_ForAPersonAlreadyLinked_IsRefusedAndRollsBackTheAccount()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync();
        var personId = await scenario.PersonAsync();
        await api.Admin.PostAsync("/api/admin/accounts", new { email = $"a-{Guid.NewGuid():N}@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Catalyst" }, personId }, 201);
        var second = $"b-{Guid.NewGuid():N}@tests.parcours";
        await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync("/api/admin/accounts",
            new { email = second, password = ParcoursApp.Password, roles = new[] { "Catalyst" }, personId }), 409, "person-already-linked");
        // One transaction per command: the account created before the refusal is gone too.
        var login = await api.Anonymous.PostAsJsonAsync("/api/auth/login", new { email = second, password = ParcoursApp.Password });
        Assert.Equal(401, (int)login.StatusCode);
    }

    [Fact]
    public async Task TwoPeopleWithOneEmail_Is409AndTheFirstIsKept()
    {
        var email = $"{Guid.NewGuid():N}@personnes.test";
        await api.Coordinator.PostAsync("/api/people", new { firstName = "Claire", lastName = "Lefèvre", email }, 201);
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync("/api/people",
            new { firstName = "Autre", lastName = "Personne", email = email.ToUpperInvariant() }), 409, "person-email-taken");
        Assert.Contains(email, problem.Str("detail"));
        var found = await api.Coordinator.GetAsync($"/api/people?search={email}", 200);
        Assert.Equal(["Claire"], found.GetProperty("items").EnumerateArray().Select(p => p.Str("firstName")));
    }

    [Fact]
    public async Task SetRoles_ChangesWhatTheAccountMayDo()
    {
        var email = $"promu-{Guid.NewGuid():N}@tests.parcours";
        var account = await api.Admin.PostAsync("/api/admin/accounts", new { email, password = ParcoursApp.Password, roles = new[] { "Coach" } }, 201);
        var before = await api.App.LoginAsync(email, ParcoursApp.Password);
        await Http.ExpectProblemAsync(await before.GetAsync("/api/programmes"), 403, "forbidden");
        await api.Admin.PutAsync($"/api/admin/accounts/{account.Str("id")}/roles", new { roles = new[] { "Coordinator" } }, 200);
        var after = await api.App.LoginAsync(email, ParcoursApp.Password);
        await after.GetAsync("/api/programmes", 200);
    }

    [Fact]
    public async Task Administrator_CannotDropTheirOwnAdministratorRole()
    {
        var me = await api.Admin.GetAsync("/api/me", 200);
        await Http.ExpectProblemAsync(await api.Admin.PutAsJsonAsync($"/api/admin/accounts/{me.Str("userId")}/roles", new { roles = new[] { "Coordinator" } }), 409, "account-self-demotion");
        await api.Admin.GetAsync("/api/admin/accounts", 200);
    }

    [Fact]
    public async Task ListAccounts_IsPaged()
    {
        var page = await api.Admin.GetAsync("/api/admin/accounts?page=1&pageSize=2", 200);
        Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
        Assert.True(page.GetProperty("total").GetInt32() >= 4);
    }
}
