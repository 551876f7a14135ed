using System.Net.Http.Headers;
using System.Text;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ImportTests(ApiFixture api)
{
    private static HttpContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private async Task<List<string>> NamesAsync(Scenario s)
    {
        var list = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?pageSize=100", 200);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("territory").Str("name"))];
    }

    [Fact]
    public async Task Import_ExcelFrenchCsvInWindows1252_ReadsAccentsAndSolicitsEachTerritory()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var text = "Nom;Type;Région;Structure porteuse;Code;E-mail\r\n"
                 + "Communauté de communes Cœur de Chartreuse;Intercommunalité;Auvergne-Rhône-Alpes;Réseau;;contact@chartreuse.fr\r\n"
                 + "Ville de Besançon;commune;bourgogne franche comte;Acteur académique;25056;\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        var result = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import?date=2018-01-02", Csv(bytes)), 200);
        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.Equal(["Communauté de communes Cœur de Chartreuse", "Ville de Besançon"], await NamesAsync(s));
        var all = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?status=Solicited&region=BourgogneFrancheComte", 200);
        var besancon = all.GetProperty("items")[0];
        Assert.Equal("2018-01-02", besancon.Str("statusDate"));
        Assert.Equal("ActeurAcademique", besancon.GetProperty("territory").Str("carrierKind"));
    }

    [Fact]
    public async Task Import_Utf8WithBomAndCommas_QuotedFieldsIncluded()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var text = "nom,type,region,structure,contact\n\"Quartier des Minguettes, Vénissieux\",Quartier,Auvergne-Rhône-Alpes,Association,\"Nadia \"\"Nad\"\" Benali\"\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import", Csv(bytes)), 200);
        var item = (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories", 200)).GetProperty("items")[0].GetProperty("territory");
        Assert.Equal("Quartier des Minguettes, Vénissieux", item.Str("name"));
        Assert.Equal("Nadia \"Nad\" Benali", item.Str("contactName"));
    }

    [Fact]
    public async Task Import_AsAMultipartUpload_Works()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        using var form = new MultipartFormDataContent();
        form.Add(Csv(Encoding.UTF8.GetBytes("nom;type;region;structure\nVille de Roubaix;Commune;Hauts-de-France;Entreprise\n")), "fichier", "territoires.csv");
        await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import", form), 200);
        Assert.Equal(["Ville de Roubaix"], await NamesAsync(s));
    }

    [Fact]
    public async Task Import_WithBadLines_ReportsEachLineAndWritesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var text = "nom;type;region;structure\n"
                 + "Bon territoire;Commune;Bretagne;Association\n"
                 + "Mauvaise région;Commune;Bretange;Association\n"
                 + "\n"
                 + ";Commune;Bretagne;Association\n"
                 + "Bon territoire;Commune;Bretagne;Association\n";
        var response = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import", Csv(Encoding.UTF8.GetBytes(text)));
        var errors = (await Http.ExpectProblemAsync(response, 400, "validation")).GetProperty("errors");
        Assert.Contains("Bretange", errors.GetProperty("ligne 3")[0].GetString());
        Assert.Contains("nom", errors.GetProperty("ligne 5")[0].GetString());
        Assert.Contains("ligne 2", errors.GetProperty("ligne 6")[0].GetString());
        Assert.False(errors.TryGetProperty("ligne 2", out _));
        Assert.Empty(await NamesAsync(s));
    }

    [Fact]
    public async Task Import_WithoutTheRequiredColumns_SaysWhichAreMissing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var response = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import", Csv(Encoding.UTF8.GetBytes("nom;ville\nA;B\n")));
        var messages = (await Http.ExpectProblemAsync(response, 400, "validation")).GetProperty("errors").GetProperty("ligne 1").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m!.Contains("région"));
    }

    [Fact]
    public async Task Import_AsJson_Is415()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var response = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        await Http.ExpectProblemAsync(response, 415, "unsupported-media-type");
    }
}
