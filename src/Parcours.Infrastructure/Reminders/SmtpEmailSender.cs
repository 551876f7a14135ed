using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Parcours.Application.Reminders;

namespace Parcours.Infrastructure.Reminders;

/// <summary>
/// E-mail through SMTP with <see cref="SmtpClient"/>: one client per message (it is not thread-safe),
/// plain text with an HTML alternative, List-Unsubscribe headers, attachments.
/// A 5xx answer (address refused) is permanent; anything else (4xx, connection) is worth retrying.
/// </summary>
internal sealed class SmtpEmailSender(SmtpSettings? settings) : IEmailSender
{
    public bool IsConfigured => settings is not null;

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var smtp = settings ?? throw new EmailDeliveryException("Aucun serveur SMTP n'est configuré.", permanent: false);
        using var mail = new MailMessage
        {
            From = smtp.From,
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.Text,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        try
        {
            mail.To.Add(new MailAddress(message.ToAddress, message.ToName));
        }
        catch (FormatException)
        {
            throw new EmailDeliveryException($"Adresse e-mail invalide : « {message.ToAddress} ».", permanent: true);
        }
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        if (message.UnsubscribeUrl is not null)
        {
            mail.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeUrl}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        foreach (var file in message.Attachments)
        {
            var attachment = new Attachment(new MemoryStream(file.Content), file.FileName, file.ContentType);
            mail.Attachments.Add(attachment);
        }
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (smtp.UserName is not null) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        try
        {
            await client.SendMailAsync(mail, ct);
        }
        catch (SmtpFailedRecipientException e)
        {
            throw new EmailDeliveryException($"Le serveur SMTP refuse l'adresse {message.ToAddress} : {Reply(e)}", Permanent(e.StatusCode), e);
        }
        catch (SmtpException e)
        {
            throw new EmailDeliveryException($"Envoi refusé par le serveur SMTP : {Reply(e)}", Permanent(e.StatusCode), e);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new EmailDeliveryException($"Serveur SMTP injoignable : {e.Message}", permanent: false, e);
        }
    }

    private static bool Permanent(SmtpStatusCode code) => (int)code is >= 500 and < 600;

    private static string Reply(SmtpException e) => e.InnerException is null ? $"{(int)e.StatusCode} {e.Message}" : $"{(int)e.StatusCode} {e.Message} ({e.InnerException.Message})";
}
