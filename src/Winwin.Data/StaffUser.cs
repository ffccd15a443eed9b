using Microsoft.AspNetCore.Identity;

namespace Winwin.Data;

/// <summary>A signed-in staff member: coordinator or facilitator.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}

/// <summary>The staff roles.</summary>
public static class StaffRoles
{
    public const string Coordinator = "Coordinator";
    public const string Facilitator = "Facilitator";

    /// <summary>Checks each recorded deal before it counts, at events that ask for ratification.</summary>
    public const string Notary = "Notary";

    /// <summary>Everyone who may work on the floor.</summary>
    public const string Staff = Coordinator + "," + Facilitator;

    public static readonly IReadOnlyList<string> All = [Coordinator, Facilitator, Notary];
}
