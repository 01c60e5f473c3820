namespace LivingLibrary.Api.Platform;

/// <summary>
/// No request body beyond 1 MB (a CSV of a few thousand participants), but a photo's upload (<see cref="PhotoMaxBytes"/>):
/// 413 problem+json, whether the size is announced (Content-Length) or only found while reading a chunked upload.
/// </summary>
public static class BodyLimit
{
    public const long MaxBytes = 1_000_000;

    /// <summary>A photo of a letter (<see cref="Cases.PhotoEncoder.MaxInputBytes"/>) and its form around it.</summary>
    public const long PhotoMaxBytes = Cases.PhotoEncoder.MaxInputBytes + 100_000;

    /// <summary>Where a photo is sent: the API's route, and the participant's case page that sends it on.</summary>
    public static long MaxBytesOf(PathString path) =>
        path.StartsWithSegments("/api/cases") && path.Value!.EndsWith("/photos", StringComparison.Ordinal)
        || path.StartsWithSegments("/console/me/cases") ? PhotoMaxBytes : MaxBytes;

    public static void UseBodyLimit(this WebApplication app) => app.Use((context, next) =>
    {
        var max = MaxBytesOf(context.Request.Path);
        if (context.Request.ContentLength > max) throw TooLarge(max);
        context.Request.Body = new Limited(context.Request.Body, max);
        return next(context);
    });

    private static BadHttpRequestException TooLarge(long max) =>
        new($"The request body is larger than the {max:N0} bytes one request takes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Counts what is read and refuses past the limit.</summary>
    private sealed class Limited(Stream inner, long max) : Stream
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
            return _read > max ? throw TooLarge(max) : read;
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
