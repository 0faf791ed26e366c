using JobScout.Infrastructure.Configuration;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobScout.Infrastructure.Email;

/// <summary>
/// Sends over SMTP with MailKit. Without a configured server, messages are written to the outbox directory as .eml
/// files, so a single-machine install can still hand out password-reset links.
/// </summary>
public sealed class MailKitEmailSender(IOptions<JobScoutOptions> options, DataPaths paths, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public bool CanDeliver => !string.IsNullOrWhiteSpace(Smtp.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(Smtp.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };

        if (!CanDeliver)
        {
            Directory.CreateDirectory(paths.OutboxDirectory);
            var file = Path.Combine(paths.OutboxDirectory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await mime.WriteToAsync(file, ct);
            logger.MailWrittenToOutbox(file);
            return;
        }

        using var client = new SmtpClient { Timeout = Math.Max(1, Smtp.TimeoutSeconds) * 1000 };
        await client.ConnectAsync(Smtp.Host!, Smtp.Port, Security(Smtp.Security), ct);
        if (!string.IsNullOrEmpty(Smtp.UserName))
        {
            await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private static SecureSocketOptions Security(string setting) => setting.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
