using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Parcours.Tests.Support;

namespace Parcours.Tests.Reminders;

/// <summary>A coordinator opens a cohort's accounts from a spreadsheet: import, invite, and each person chooses a password from a real e-mail.</summary>
[Collection(ReminderCollection.Name)]
public sealed partial class InvitationTests(SmtpSink smtp)
{
    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public async Task PeopleImportedFromExcel_AreInvited_AndChooseTheirPasswordFromTheEmailsLink()
    {
        await using var host = await ReminderHost.StartAsync(smtp);
        var coordinator = await host.CoordinatorAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Email(string who) => $"{who}-{tag}@invites.test";

        // A bad address and a repeated one: nothing is written, every bad line is named.
        var bad = Windows1252($"Prénom;Nom;Courriel;Organisation\nHélène;Noël;{Email("helene")};Mairie de Lumbres\nÉmile;Zola;pas-une-adresse;\nJosé;Bové;{Email("helene")};\n");
        var problem = await Http.ExpectProblemAsync(await coordinator.PostAsync("/api/people/import", new ByteArrayContent(bad) { Headers = { ContentType = new("text/csv") } }), 400, "validation");
        var errors = problem.GetProperty("errors");
        Assert.Contains("n'est pas une adresse e-mail valide", errors.GetProperty("ligne 3")[0].GetString());
        Assert.Contains("figure déjà à la ligne 2", errors.GetProperty("ligne 4")[0].GetString());
        Assert.Equal(0, (await coordinator.GetAsync($"/api/people?search=Zola", 200)).GetProperty("total").GetInt32());

        var good = Windows1252($"Prénom;Nom;Courriel;Organisation\nHélène;Noël;{Email("helene")};Mairie de Lumbres\nÉmile;Zola;{Email("emile")};\n");
        var imported = await Http.ExpectAsync(await coordinator.PostAsync("/api/people/import", new ByteArrayContent(good) { Headers = { ContentType = new("text/csv") } }), 200);
        Assert.Equal(2, imported.GetProperty("created").GetInt32());
        Assert.Contains(imported.GetProperty("people").EnumerateArray(), p => p.Str("email") == Email("helene"));
        var ids = imported.GetProperty("people").EnumerateArray().Select(p => p.Id()).ToArray();

        // Only roles a coordinator may give.
        await Http.ExpectProblemAsync(await coordinator.PostAsJsonAsync("/api/people/invitations", new { personIds = ids, role = "Coordinator" }), 400, "validation");
        var invited = await coordinator.PostAsync("/api/people/invitations", new { personIds = ids, role = "Catalyst" }, 200);
        Assert.All(invited.EnumerateArray(), i => Assert.True(i.GetProperty("sent").GetBoolean()));

        var mail = (await smtp.WaitAsync(m => m.Any(x => x.GetProperty("to")[0].GetString() == Email("helene")))).Single(x => x.GetProperty("to")[0].GetString() == Email("helene"));
        Assert.Equal("Votre accès à Parcours", mail.Str("subject"));
        Assert.Contains("Bonjour Hélène", mail.Str("text"));
        var link = Link().Match(mail.Str("text")).Value;
        Assert.StartsWith("http://parcours.test/mot-de-passe?compte=", link);
        var path = new Uri(link).PathAndQuery;

        var browser = host.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        async Task<HttpResponseMessage> PostAsync(string password, string confirmation)
        {
            var page = await browser.GetStringAsync(path);
            Assert.Contains("Choisir mon mot de passe", page);
            var form = Form().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            form["Password"] = password;
            form["Confirmation"] = confirmation;
            return await browser.PostAsync("/mot-de-passe", new FormUrlEncodedContent(form));
        }
        var mismatch = await PostAsync("Nouveau-Mot-De-Passe-1", "Autre-Chose-1");
        Assert.Contains("ne sont pas identiques", await mismatch.Content.ReadAsStringAsync());
        var weak = await PostAsync("court", "court");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var chosen = await PostAsync("Nouveau-Mot-De-Passe-1", "Nouveau-Mot-De-Passe-1");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/connexion", chosen.Headers.Location!.OriginalString);

        var helene = await host.App.LoginAsync(Email("helene"), "Nouveau-Mot-De-Passe-1");
        var me = await helene.GetAsync("/api/me", 200);
        Assert.Contains("Catalyst", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Email("helene"), me.GetProperty("person").Str("email"));

        // The link served once; an active account needs no invitation.
        var again = await PostAsync("Encore-Un-Mot-De-Passe-2", "Encore-Un-Mot-De-Passe-2");
        Assert.Contains("plus valide", await again.Content.ReadAsStringAsync());
        await Http.ExpectProblemAsync(await coordinator.PostAsJsonAsync("/api/people/invitations", new { personIds = new[] { ids[0] }, role = "Catalyst" }), 400, "validation");
    }

    [GeneratedRegex(@"http://parcours\.test/mot-de-passe\?\S+")]
    private static partial Regex Link();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Form();
}
