using QRCoder;

namespace Winwin.Live.Features.Public;

/// <summary>The QR codes the product prints and projects (the event, a match form, the registration form): dark on white, with their quiet zone.</summary>
public static class QrCode
{
    public static string Svg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#111827", "#ffffff", drawQuietZones: true);
    }
}
