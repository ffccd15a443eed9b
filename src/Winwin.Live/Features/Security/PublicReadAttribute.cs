namespace Winwin.Live.Features.Security;

/// <summary>
/// Marks a hub method or endpoint handler as readable by anyone: the explicit allow-list of the public surface.
/// Everything not marked requires a staff role.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicReadAttribute : Attribute;
