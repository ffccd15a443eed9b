using Winwin.Data;
using Winwin.Live.Features.Accounts;

namespace Winwin.Live.Tests.Features.Accounts;

public class AccountRolesTests
{
    [Fact]
    public void With_RoleTickedOrUnticked_AccountsOwnListUntouched()
    {
        string[] roles = [StaffRoles.Facilitator];

        Assert.Equal([StaffRoles.Facilitator, StaffRoles.Notary], AccountRoles.With(roles, StaffRoles.Notary, true));
        Assert.Empty(AccountRoles.With(roles, StaffRoles.Facilitator, false));
        Assert.Equal([StaffRoles.Facilitator], roles);
    }
}
