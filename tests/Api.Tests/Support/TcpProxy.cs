using System.Net;
using System.Net.Sockets;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>A loopback TCP relay to PostgreSQL that a test can cut (every connection dropped, none accepted) and restore.</summary>
public sealed class TcpProxy(int targetPort) : IAsyncDisposable
{
    private TcpListener? _listener;
    private CancellationTokenSource _cut = new();
    private readonly List<TcpClient> _open = [];

    public int Port { get; private set; }

    public void Start()
    {
        _cut = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _cut.Token);
    }

    public void Cut()
    {
        _cut.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cut)
    {
        while (!cut.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(cut); }
            catch (Exception) { return; }
            var server = new TcpClient();
            try { await server.ConnectAsync(IPAddress.Loopback, targetPort, cut); }
            catch (Exception) { client.Dispose(); server.Dispose(); continue; }
            lock (_open) _open.AddRange([client, server]);
            _ = PumpAsync(client, server, cut);
            _ = PumpAsync(server, client, cut);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken cut)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream(), cut); }
        catch (Exception) { /* cut, or closed by either side */ }
        from.Dispose();
        to.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
