namespace LivingLibrary.Api.Platform;

/// <summary>
/// No request body beyond 1 MB (a CSV of a few thousand participants): 413 problem+json, whether the
/// size is announced (Content-Length) or only found while reading a chunked upload.
/// </summary>
public static class BodyLimit
{
    public const long MaxBytes = 1_000_000;

    public static void UseBodyLimit(this WebApplication app) => app.Use((context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes) throw TooLarge();
        context.Request.Body = new Limited(context.Request.Body);
        return next(context);
    });

    private static BadHttpRequestException TooLarge() =>
        new($"The request body is larger than the {MaxBytes:N0} bytes one request takes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Counts what is read and refuses past the limit.</summary>
    private sealed class Limited(Stream inner) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            return _read > MaxBytes ? throw TooLarge() : read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
