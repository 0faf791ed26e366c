using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JobScout.Tests.Support;

/// <summary>
/// A raw TCP server on loopback that answers HTTP the way broken sources do: resetting the connection, or sending
/// headers and then a byte now and then. (WireMock cannot misbehave at the socket level.)
/// </summary>
public sealed class MisbehavingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private MisbehavingServer(Func<Socket, CancellationToken, Task> answer)
    {
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _ = Task.Run(async () =>
                {
                    using (socket)
                    {
                        try
                        {
                            var requestLine = await ReadRequestAsync(socket, _stop.Token);
                            if (requestLine.Contains(" /robots.txt ", StringComparison.Ordinal))
                            {
                                // Polite about robots.txt, so the crawler reaches the misbehaving board itself.
                                await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), _stop.Token);
                                return;
                            }

                            await answer(socket, _stop.Token);
                        }
                        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
                        {
                            // the client gave up: that is the point
                        }
                    }
                });
            }
        });
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Reads the request, then closes with RST instead of answering.</summary>
    public static MisbehavingServer ResettingConnections() => new((socket, _) =>
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
        return Task.CompletedTask;
    });

    /// <summary>Sends a 200 with a large declared body, then one byte every <paramref name="interval"/>.</summary>
    public static MisbehavingServer Trickling(TimeSpan interval) => new(async (socket, ct) =>
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"), ct);
        for (var i = 0; i < 100_000 && !ct.IsCancellationRequested; i++)
        {
            await Task.Delay(interval, ct);
            await socket.SendAsync(" "u8.ToArray(), ct);
        }
    });

    /// <summary>Reads a request's head and returns its first line.</summary>
    private static async Task<string> ReadRequestAsync(Socket socket, CancellationToken ct)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, ct);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var head = received.ToString();
        var end = head.IndexOf("\r\n", StringComparison.Ordinal);
        return end < 0 ? head : head[..end];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
