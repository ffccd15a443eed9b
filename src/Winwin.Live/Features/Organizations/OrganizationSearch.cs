using Winwin.Data;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Features.Organizations;

/// <summary>How staff find an organisation by typing: its table number (exact) or part of its name, ignoring case and accents.</summary>
public static class OrganizationSearch
{
    public static IEnumerable<StaffOrganization> Search(IEnumerable<StaffOrganization> organizations, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return organizations;
        }
        var wanted = TextKey.Fold(text);
        var table = text.Trim();
        return organizations
            .Where(o => string.Equals(o.Table, table, StringComparison.OrdinalIgnoreCase) || TextKey.Fold(o.Name).Contains(wanted, StringComparison.Ordinal))
            .OrderBy(o => string.Equals(o.Table, table, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(o => TextKey.Fold(o.Name).StartsWith(wanted, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase);
    }

    /// <summary>What the organisations grid keeps as one types in its search box: the table or the name as above, or part of the sector.</summary>
    public static bool Matches(StaffOrganization organization, string? text) =>
        string.IsNullOrWhiteSpace(text) || Search([organization], text).Any()
        || TextKey.Fold(organization.Sector ?? "").Contains(TextKey.Fold(text), StringComparison.Ordinal);
}
