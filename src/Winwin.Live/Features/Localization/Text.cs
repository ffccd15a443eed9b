namespace Winwin.Live;

/// <summary>Marker for the user-facing texts in <c>Resources/Text.resx</c> (French) and its Dutch and English versions.</summary>
public sealed class Text;
