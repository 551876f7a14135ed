using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Parcours.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd, with a handler that refuses addresses starting
/// with « bounce » (550, permanent) or « busy » (451, temporary), and writes each accepted message,
/// parsed by Python's email package (and its .ics parts by python3-icalendar), as one JSON line.
/// </summary>
public sealed class SmtpSink : IAsyncLifetime
{
    private const string Server = """
        import asyncio, email, json, signal, sys
        from email import policy
        import icalendar
        from aiosmtpd.controller import Controller

        port, out = int(sys.argv[1]), sys.argv[2]

        def calendar(text):
            cal = icalendar.Calendar.from_ical(text)
            return [{'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': e.decoded('DTSTART').isoformat(),
                     'tzid': e['DTSTART'].params.get('TZID'), 'status': str(e.get('STATUS')), 'sequence': int(e.get('SEQUENCE', 0)),
                     'url': str(e.get('URL', '')), 'method': str(cal.get('METHOD'))} for e in cal.walk('VEVENT')]

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, options):
                if address.startswith('bounce'):
                    return '550 5.1.1 Adresse inconnue'
                if address.startswith('busy'):
                    return '451 4.3.0 Boite occupee, reessayez plus tard'
                envelope.rcpt_tos.append(address)
                return '250 OK'

            async def handle_DATA(self, server, session, envelope):
                if any(a.startswith('slow') for a in envelope.rcpt_tos):
                    await asyncio.sleep(0.03)  # a server that takes its time: a kill lands mid-send
                msg = email.message_from_bytes(envelope.content, policy=policy.default)
                text = msg.get_body(preferencelist=('plain',))
                html = msg.get_body(preferencelist=('html',))
                attachments = []
                for part in msg.iter_attachments():
                    content = part.get_content()
                    if isinstance(content, bytes):
                        content = content.decode('utf-8')
                    entry = {'fileName': part.get_filename(), 'contentType': part.get_content_type()}
                    if part.get_content_type() == 'text/calendar':
                        entry['events'] = calendar(content)
                    attachments.append(entry)
                # Read as a mail client shows it: line ends normalised, folded headers unfolded and trimmed.
                def lines(part):
                    return part.get_content().replace('\r\n', '\n') if part else None
                unsubscribe = msg['List-Unsubscribe']
                record = {'to': envelope.rcpt_tos, 'from': envelope.mail_from, 'subject': str(msg['Subject']).strip(),
                          'text': lines(text), 'html': lines(html),
                          'listUnsubscribe': str(unsubscribe).strip() if unsubscribe is not None else None, 'attachments': attachments}
                with open(out, 'a', encoding='utf-8') as f:
                    f.write(json.dumps(record, ensure_ascii=False) + '\n')
                return '250 Message accepted'

        controller = Controller(Handler(), hostname='127.0.0.1', port=port)
        controller.start()
        signal.sigwait([signal.SIGTERM, signal.SIGINT])
        controller.stop()
        """;

    private Process? _server;

    public int Port { get; private set; }
    public string File { get; } = Path.Combine(Path.GetTempPath(), "parcours-tests", $"smtp-{Guid.NewGuid():N}.jsonl");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var log = File + ".log";
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        // The server's own output goes to a file beside the messages (read when it does not start).
        start.ArgumentList.Add("exec /usr/bin/python3 -c \"$0\" \"$1\" \"$2\" >\"$3\" 2>&1");
        start.ArgumentList.Add(Server);
        start.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(File);
        start.ArgumentList.Add(log);
        _server = Process.Start(start)!;
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !_server.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                Assert.Fail("the SMTP server (python3-aiosmtpd) did not start: " + (System.IO.File.Exists(log) ? System.IO.File.ReadAllText(log) : ""));
            }
        }
    }

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public List<JsonElement> Messages()
    {
        if (!System.IO.File.Exists(File)) return [];
        using var stream = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // A line still being written has no end yet: it is read next time.
        return [.. lines.Where(l => l.EndsWith('}')).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    public List<JsonElement> To(string address) =>
        [.. Messages().Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits (a few seconds at most) until <paramref name="done"/> holds for the messages received.</summary>
    public async Task<List<JsonElement>> WaitAsync(Func<List<JsonElement>, bool> done, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var messages = Messages();
            if (done(messages) || DateTime.UtcNow > until) return messages;
            await Task.Delay(100);
        }
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
