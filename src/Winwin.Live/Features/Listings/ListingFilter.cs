using Winwin.Data;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Features.Listings;

/// <summary>The filters of the offers-and-requests grid: full text (title, description, organisation, table) and exact facets.</summary>
public static class ListingFilter
{
    public static IEnumerable<StaffListing> Apply(IEnumerable<StaffListing> listings, string? search, ListingKind? kind, int? categoryId, int? organizationId, ListingStatus? status)
    {
        var words = string.IsNullOrWhiteSpace(search) ? [] : TextKey.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return listings.Where(l =>
            (kind is null || l.Kind == kind)
            && (categoryId is null || l.CategoryId == categoryId)
            && (organizationId is null || l.OrganizationId == organizationId)
            && (status is null || l.Status == status)
            && words.All(w => TextKey.Fold($"{l.Title} {l.Description} {l.OrganizationName} {l.Table}").Contains(w, StringComparison.Ordinal)));
    }
}
