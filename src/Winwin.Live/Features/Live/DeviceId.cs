namespace Winwin.Live.Features.Live;

/// <summary>
/// The random id a phone's browser keeps (<c>winwin.device</c> in its storage, made by the public scripts): it tells
/// one phone from another — to count it once on the board, to give it one open call — and nothing about the person.
/// </summary>
public static class DeviceId
{
    /// <summary>16 to 64 ASCII letters, digits, <c>-</c> or <c>_</c>.</summary>
    public static bool IsValid(string? device) =>
        device is { Length: >= 16 and <= 64 } && device.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
