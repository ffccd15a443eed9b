using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

/// <summary>Adds the display name, so that every deal can say who announced it.</summary>
public sealed class StaffClaimsPrincipalFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffActorFactory.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
