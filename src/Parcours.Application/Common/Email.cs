namespace Parcours.Application.Common;

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed record EmailMessage(
    string ToAddress, string ToName, string Subject, string Text, string Html, string? UnsubscribeUrl, IReadOnlyList<EmailAttachment> Attachments);

/// <summary>A delivery that did not happen; <see cref="Permanent"/> when trying again cannot help (address refused).</summary>
public sealed class EmailDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}

/// <summary>Sends e-mail. The adapter speaks SMTP; without SMTP settings it is not configured and reminders go to the inbox only.</summary>
public interface IEmailSender
{
    bool IsConfigured { get; }

    /// <summary>Sends one message or throws <see cref="EmailDeliveryException"/>.</summary>
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Where links in messages point: the public address of this installation (<c>App:PublicUrl</c>).</summary>
public sealed record PublicUrl(string Value)
{
    public string To(string path) => Value.TrimEnd('/') + path;
}
