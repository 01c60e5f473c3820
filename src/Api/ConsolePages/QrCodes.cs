using QRCoder;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>A QR code as inline SVG (QRCoder), so that a printed slip opens its address with a phone's camera.</summary>
public static class QrCodes
{
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // A view box rather than a size: the style sheet decides how large it prints.
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
