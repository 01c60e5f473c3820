using System.Runtime.CompilerServices;
using Alba;
using Microsoft.AspNetCore.Http;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>
/// Records every request a scenario sends to a test host and its answer, while <see cref="RecordAsync"/> runs
/// (the hooks are on the shared host, but record only inside that call's async flow, so other tests are untouched).
/// </summary>
public static class AnswerRecorder
{
    private static readonly AsyncLocal<List<(Exchange Exchange, MemoryStream Answer)>?> Current = new();
    private static readonly ConditionalWeakTable<IAlbaHost, object> Installed = [];
    private const string RequestBodyKey = "contract.requestBody", ResponseBodyKey = "contract.responseBody";

    public static async Task<IReadOnlyList<Exchange>> RecordAsync(IAlbaHost host, Func<Task> scenario)
    {
        Install(host);
        var exchanges = new List<(Exchange Exchange, MemoryStream Answer)>();
        Current.Value = exchanges;
        try { await scenario(); }
        finally { Current.Value = null; }
        // Read only now: an answer's last bytes may reach the copy after the host's AfterEach hook has run.
        lock (exchanges) return [.. exchanges.Select(e => e.Exchange with { ResponseBody = System.Text.Encoding.UTF8.GetString(e.Answer.ToArray()) })];
    }

    private static void Install(IAlbaHost host)
    {
        lock (Installed)
        {
            if (Installed.TryGetValue(host, out _)) return;
            Installed.Add(host, new object());
        }
        host.BeforeEachAsync(async context =>
        {
            if (Current.Value is null) return;
            if (context.Request.Body is { CanSeek: true } body)
            {
                body.Position = 0;
                context.Items[RequestBodyKey] = await new StreamReader(body, leaveOpen: true).ReadToEndAsync();
                body.Position = 0;
            }
            var copy = new MemoryStream();
            context.Items[ResponseBodyKey] = copy;
            context.Response.Body = new Tee(context.Response.Body, copy);
        });
        host.AfterEach(context =>
        {
            if (Current.Value is not { } exchanges || context is null || !context.Items.TryGetValue(ResponseBodyKey, out var copy) || copy is not MemoryStream answer) return;
            var exchange = new Exchange(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                context.Request.ContentType, context.Items.TryGetValue(RequestBodyKey, out var sent) ? sent as string : null,
                context.Response.StatusCode, context.Response.ContentType, "");
            lock (exchanges) exchanges.Add((exchange, answer));
        });
    }

    /// <summary>Writes the answer on to the client and keeps a copy.</summary>
    private sealed class Tee(Stream inner, MemoryStream copy) : Stream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            copy.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            copy.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => copy.Length;
        public override long Position { get => copy.Length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
