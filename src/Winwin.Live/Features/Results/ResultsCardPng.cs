using Microsoft.Extensions.Caching.Memory;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Winwin.Live.Features.Results;

/// <summary>
/// The share picture as PNG, drawn from the very SVG of <see cref="ResultsCard"/>: Facebook, LinkedIn, X and WhatsApp show
/// no SVG picture. Null when it cannot be drawn here (no native Skia library, no font): the caller answers with the SVG.
/// </summary>
public sealed partial class ResultsCardPng(IMemoryCache cache, IConfiguration configuration, ILogger<ResultsCardPng> logger) : IDisposable
{
    /// <summary>The family the card's SVG names first; Debian ships it in fonts-dejavu-core.</summary>
    public const string FontFamily = "DejaVu Sans";

    private const string DefaultFontDirectory = "/usr/share/fonts/truetype/dejavu";

    // A crawler asks once per share, but a link posted in a busy group is fetched by many at once: a minute is enough.
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private Typefaces? _typefaces;
    private bool _tried;

    public byte[]? Render(string svg)
    {
        // The SVG holds everything the picture shows (event, language, figures): the same text, the same picture.
        if (cache.TryGetValue((typeof(ResultsCardPng), svg), out byte[]? cached) && cached is not null)
        {
            return cached;
        }
        if (Fonts() is not { } typefaces)
        {
            return null;
        }
        try
        {
            using var picture = new SKSvg();
            picture.Settings.TypefaceProviders = [typefaces];
            if (picture.FromSvg(svg) is null)
            {
                LogNotDrawn(logger, "the SVG could not be read");
                return null;
            }
            using var stream = new MemoryStream();
            if (!picture.Save(stream, SKColors.Empty, SKEncodedImageFormat.Png, 100, 1f, 1f))
            {
                LogNotDrawn(logger, "Skia could not encode the PNG");
                return null;
            }
            var png = stream.ToArray();
            cache.Set((typeof(ResultsCardPng), svg), png, CacheFor);
            return png;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            LogNotDrawn(logger, e.Message);
            return null;
        }
    }

    /// <summary>
    /// The card's font, found once. By family name first; else from its files, since the Skia built without system
    /// dependencies may not see the system's fonts. Null, logged once, when neither works.
    /// </summary>
    private Typefaces? Fonts()
    {
        lock (_lock)
        {
            if (_tried)
            {
                return _typefaces;
            }
            _tried = true;
            var directory = configuration["Winwin:ShareFontDirectory"] ?? DefaultFontDirectory;
            try
            {
                var regular = ByName(SKFontStyle.Normal) ?? FromFile(directory, "DejaVuSans.ttf");
                var bold = ByName(SKFontStyle.Bold) ?? FromFile(directory, "DejaVuSans-Bold.ttf") ?? regular;
                if (regular is null || bold is null)
                {
                    LogNoFont(logger, FontFamily, directory);
                    return null;
                }
                _typefaces = new Typefaces(regular, bold);
                return _typefaces;
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
            {
                LogNoSkia(logger, e.Message);
                return null;
            }
        }
    }

    private static SKTypeface? ByName(SKFontStyle style)
    {
        var typeface = SKFontManager.Default.MatchFamily(FontFamily, style);
        // Skia answers its default face for a family it does not know: only the named one will do.
        if (typeface is not null && !string.Equals(typeface.FamilyName, FontFamily, StringComparison.OrdinalIgnoreCase))
        {
            typeface.Dispose();
            return null;
        }
        return typeface;
    }

    private static SKTypeface? FromFile(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? SKTypeface.FromFile(path) : null;
    }

    public void Dispose()
    {
        _typefaces?.Regular.Dispose();
        if (!ReferenceEquals(_typefaces?.Bold, _typefaces?.Regular))
        {
            _typefaces?.Bold.Dispose();
        }
    }

    /// <summary>The card names one family, in two weights.</summary>
    private sealed record Typefaces(SKTypeface Regular, SKTypeface Bold) : ITypefaceProvider
    {
        public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
            fontFamily.Contains(FontFamily, StringComparison.OrdinalIgnoreCase) ? (fontWeight >= SKFontStyleWeight.SemiBold ? Bold : Regular) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The share picture is not drawn as PNG: no native Skia library here ({Reason}). /e/{{slug}}/results.png answers with the SVG.")]
    private static partial void LogNoSkia(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The share picture is not drawn as PNG: the font {Family} is neither known to Skia nor in {Directory} (install fonts-dejavu-core). /e/{{slug}}/results.png answers with the SVG.")]
    private static partial void LogNoFont(ILogger logger, string family, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The share picture is not drawn as PNG ({Reason}): /e/{{slug}}/results.png answers with the SVG.")]
    private static partial void LogNotDrawn(ILogger logger, string reason);
}
