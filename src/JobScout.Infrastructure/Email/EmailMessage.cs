namespace JobScout.Infrastructure.Email;

/// <summary>A plain-text message to one person.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string TextBody);

public interface IEmailSender
{
    /// <summary>True when an SMTP server is configured; alerts are e-mailed only then.</summary>
    bool CanDeliver { get; }

    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
