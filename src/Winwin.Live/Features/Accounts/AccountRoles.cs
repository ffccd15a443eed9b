namespace Winwin.Live.Features.Accounts;

/// <summary>The roles ticked in the accounts page: for an invitation, or for an account whose roles change.</summary>
public static class AccountRoles
{
    /// <summary>Ticks or unticks <paramref name="role"/> in <paramref name="roles"/>.</summary>
    public static void Toggle(ISet<string> roles, string role, bool on)
    {
        if (on)
        {
            roles.Add(role);
        }
        else
        {
            roles.Remove(role);
        }
    }

    /// <summary>An account's roles with <paramref name="role"/> ticked or unticked; the account's own list is left as it is.</summary>
    public static HashSet<string> With(IEnumerable<string> roles, string role, bool on)
    {
        var changed = roles.ToHashSet();
        Toggle(changed, role, on);
        return changed;
    }
}
