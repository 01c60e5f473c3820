using SkiaSharp;

namespace LivingLibrary.Api.Cases;

/// <summary>A photo as it is kept: a new JPEG drawn from the decoded pixels, so that nothing of the file sent (EXIF, GPS, comments) survives.</summary>
public sealed record EncodedPhoto(byte[] Jpeg, int Width, int Height);

/// <summary>
/// Re-encodes a photo of a letter or a screen with SkiaSharp (already the console's renderer, through ScottPlot): only JPEG,
/// PNG and WebP are read (by their first bytes, so no other decoder is ever reached), the size is checked before the pixels
/// are decoded, the picture is turned upright as the camera said, made at most <see cref="MaxSide"/> pixels wide and high, and
/// written as a JPEG with no metadata at all.
/// </summary>
public static class PhotoEncoder
{
    /// <summary>The most a photo sent may weigh: a phone's photo of a page.</summary>
    public const int MaxInputBytes = 8_000_000;

    /// <summary>The most pixels a photo sent may have (a 50-megapixel camera), checked before decoding.</summary>
    public const long MaxInputPixels = 50_000_000;

    /// <summary>The longest side of the photo kept: a letter stays readable.</summary>
    public const int MaxSide = 1600;

    private const int Quality = 80;

    /// <summary>The photo re-encoded, or null when the bytes are no JPEG, PNG or WebP photo within the bounds.</summary>
    public static EncodedPhoto? Reencode(ReadOnlySpan<byte> sent)
    {
        if (sent.Length is 0 or > MaxInputBytes || !IsPhotoFormat(sent)) return null;
        using var data = SKData.CreateCopy(sent);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp)) return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > MaxInputPixels) return null;

        using var decoded = SKBitmap.Decode(codec, new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (decoded is null) return null;
        using var upright = Upright(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(upright.Width, upright.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(upright.Width * scale)), Math.Max(1, (int)Math.Round(upright.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        using var kept = new SKBitmap(size);
        using (var canvas = new SKCanvas(kept))
        {
            canvas.Clear(SKColors.White); // a transparent PNG becomes a page, not black
            using var image = SKImage.FromBitmap(upright);
            canvas.DrawImage(image, new SKRect(0, 0, size.Width, size.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        using var jpeg = kept.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return jpeg is null ? null : new EncodedPhoto(jpeg.ToArray(), size.Width, size.Height);
    }

    private static bool IsPhotoFormat(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8));

    /// <summary>The pixels turned as the camera's orientation says (the four rotations; a mirrored photo stays as it is).</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0) return bitmap.Copy();
        var turned = degrees == 180 ? new SKBitmap(bitmap.Info) : new SKBitmap(bitmap.Info.WithSize(bitmap.Height, bitmap.Width));
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
    }
}
