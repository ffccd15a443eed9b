using System.Security.Claims;
using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Accounts;

/// <summary>The <see cref="StaffActor"/> of a signed-in user.</summary>
public static class StaffActorFactory
{
    public const string DisplayNameClaim = "winwin:display_name";

    public static StaffActor From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A staff action needs a signed-in user.");
        var name = user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : user.Identity?.Name ?? id;
        return new StaffActor(id, name);
    }

    public static bool IsStaff(ClaimsPrincipal user) => StaffRoles.All.Any(user.IsInRole);
}
