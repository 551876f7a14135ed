using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>The subscription feed, read back by a real iCalendar parser this project did not write (Debian's python3-icalendar).</summary>
[Collection(ApiCollection.Name)]
public sealed class CalendarTests(ApiFixture api)
{
    private const string Parser = """
        import json, sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for e in cal.walk('VEVENT'):
            start = e.decoded('DTSTART')
            out.append({'uid': str(e.get('UID')), 'sequence': int(e.get('SEQUENCE')), 'status': str(e.get('STATUS')),
                        'summary': str(e.get('SUMMARY')), 'location': str(e.get('LOCATION', '')),
                        'start': start.isoformat(), 'tz': str(e['DTSTART'].params.get('TZID')),
                        'startUtc': start.astimezone(__import__('datetime').timezone.utc).isoformat(), 'url': str(e.get('URL', ''))})
        print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'method': str(cal.get('METHOD')), 'timezones': [str(t.get('TZID')) for t in cal.walk('VTIMEZONE')], 'events': out}))
        """;

    private static async Task<JsonElement> ParseAsync(string ics)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, ics);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Parser);
        start.ArgumentList.Add(file);
        using var python = Process.Start(start)!;
        var output = await python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"the iCalendar parser refused the feed: {error}\n{ics}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static string PathOf(JsonElement feed) => feed.Str("path");

    [Fact]
    public async Task Feed_ListsTheCatalystsSessions_InParisTime_WithStableUidsAndGrowingSequence()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion « Sud-Ouest », 2018");
        var (_, _, a1, _) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/details", new { title = "Comprendre", venueName = "CGET", venueAddress = "20 avenue de Ségur, 75007 Paris" }, 200);
        var s2 = await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        var catalyst = await api.CatalystAsync(a1);
        var feed = await catalyst.PostAsync("/api/me/calendar-feed", new { }, 200);
        Assert.StartsWith("http", feed.Str("url"));

        var response = await api.Anonymous.GetAsync(PathOf(feed));
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var first = await ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Europe/Paris"], first.GetProperty("timezones").EnumerateArray().Select(t => t.GetString()));
        var events = first.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        var e1 = events.Single(e => e.Str("uid") == $"session-{s1}@parcours");
        Assert.Equal("Europe/Paris", e1.Str("tz"));
        Assert.Equal("2018-05-03T09:30:00+02:00", e1.Str("start"));
        Assert.Equal("CGET, 20 avenue de Ségur, 75007 Paris", e1.Str("location"));
        Assert.Contains("Promotion « Sud-Ouest », 2018", e1.Str("summary"));
        Assert.Equal("CONFIRMED", e1.Str("status"));
        Assert.Equal("PUBLISH", first.Str("method"));
        Assert.EndsWith($"/sessions/{s1}", e1.Str("url")); // a link back to the session's page

        await api.Coordinator.PutAsync($"/api/sessions/{s1}/schedule", new { startsAt = "2018-05-04T14:00:00", durationMinutes = 180 }, 200);
        await api.Coordinator.PostAsync($"/api/sessions/{s2}/cancel", new { reason = "Intempéries" }, 200);
        var second = await ParseAsync(await api.Anonymous.GetStringAsync(PathOf(feed)));
        var moved = second.GetProperty("events").EnumerateArray().Single(e => e.Str("uid") == $"session-{s1}@parcours");
        Assert.Equal("2018-05-04T14:00:00+02:00", moved.Str("start"));
        Assert.True(moved.GetProperty("sequence").GetInt32() > e1.GetProperty("sequence").GetInt32());
        Assert.Equal("CANCELLED", second.GetProperty("events").EnumerateArray().Single(e => e.Str("uid") == $"session-{s2}@parcours").Str("status"));
    }

    [Fact]
    public async Task Feed_InWinter_IsInCentralEuropeanTime()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        await s.ScheduleAsync(4, "2018-11-08T09:30:00");
        var catalyst = await api.CatalystAsync(a1);
        var feed = await catalyst.PostAsync("/api/me/calendar-feed", new { }, 200);
        var parsed = await ParseAsync(await api.Anonymous.GetStringAsync(PathOf(feed)));
        var e = parsed.GetProperty("events")[0];
        Assert.Equal("2018-11-08T09:30:00+01:00", e.Str("start"));
        Assert.Equal("2018-11-08T08:30:00+00:00", e.Str("startUtc"));
    }

    [Fact]
    public async Task RegeneratingOrRevoking_TheAddress_ClosesTheOldOne()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(a1);
        var first = await catalyst.PostAsync("/api/me/calendar-feed", new { }, 200);
        var second = await catalyst.PostAsync("/api/me/calendar-feed", new { }, 200);
        Assert.NotEqual(PathOf(first), PathOf(second));
        await Http.ExpectProblemAsync(await api.Anonymous.GetAsync(PathOf(first)), 404);
        Assert.Equal(200, (int)(await api.Anonymous.GetAsync(PathOf(second))).StatusCode);
        Assert.Equal(204, (int)(await catalyst.DeleteAsync("/api/me/calendar-feed")).StatusCode);
        await Http.ExpectProblemAsync(await api.Anonymous.GetAsync(PathOf(second)), 404);
    }

    [Fact]
    public async Task AnAccountWithoutAPerson_HasNoCalendar_AndSaysWhy()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync("/api/me/calendar-feed", new { }), 404, "not-found");
        Assert.Contains("administrateur", problem.Str("detail"));
    }
}
