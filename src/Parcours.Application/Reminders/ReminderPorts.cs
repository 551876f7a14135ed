using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

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

/// <summary>Signed, unforgeable unsubscribe tokens: a link in an e-mail works without signing in, for that person and kind only.</summary>
public interface IUnsubscribeTokens
{
    string Create(Guid personId, ReminderKind kind);
    bool TryRead(string token, out Guid personId, out ReminderKind kind);
}

/// <summary>The application's scheduling port: asks for the due reminders to be dispatched soon, outside the request.</summary>
public interface IReminderDispatchTrigger
{
    Task RequestDispatchAsync(CancellationToken ct);
}

/// <summary>Where links in messages point: the public address of this installation (<c>App:PublicUrl</c>).</summary>
public sealed record PublicUrl(string Value)
{
    public string To(string path) => Value.TrimEnd('/') + path;
}

/// <summary>
/// How long a claim may sit before its messages not yet handed to the mail server go back to the
/// queue (<see cref="StaleClaim"/>), and how long a handed message may wait for the server's answer
/// before it is declared uncertain (<see cref="InFlight"/>: the SMTP time-out and a margin).
/// </summary>
public sealed record ReminderDispatchSettings(TimeSpan StaleClaim, TimeSpan InFlight);
