using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace JobScout.Tests.Support;

/// <summary>A real SMTP server on loopback inside the test process; the site sends to it with MailKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public SmtpSink()
    {
        Port = FreePort();
        _server = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Port).Build();
    }

    public int Port { get; }

    /// <summary>Settings that point the site's mail at this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("JobScout:Smtp:Host", "127.0.0.1"),
        new("JobScout:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("JobScout:Smtp:Security", "none"),
    ];

    public IReadOnlyList<MimeMessage> Messages =>
        _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (Messages.FirstOrDefault(match) is { } message)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No matching e-mail arrived; {Messages.Count} arrived in all.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _server.Dispose();
}
