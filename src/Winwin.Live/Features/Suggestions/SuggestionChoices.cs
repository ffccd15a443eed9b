using Winwin.Data;
using Winwin.Live.Features.Events;

namespace Winwin.Live.Features.Suggestions;

/// <summary>What the suggestions tab lets staff choose: an open request, found by its title or its organisation.</summary>
public static class SuggestionChoices
{
    /// <summary>The open requests whose title or organisation contains <paramref name="text"/> (accents and case ignored), by title.</summary>
    public static IEnumerable<StaffListing> OpenRequests(IEnumerable<StaffListing> listings, string? text)
    {
        var open = listings.Where(l => l.Kind == ListingKind.Request && l.Status == ListingStatus.Open);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var wanted = TextKey.Fold(text);
            open = open.Where(l => TextKey.Fold(l.Title).Contains(wanted, StringComparison.Ordinal) || TextKey.Fold(l.OrganizationName).Contains(wanted, StringComparison.Ordinal));
        }
        return open.OrderBy(l => l.Title, StringComparer.CurrentCultureIgnoreCase);
    }

    /// <summary>Whether the chosen request is still open in the event (a deal may have fulfilled it meanwhile).</summary>
    public static bool IsStillOpen(StaffListing request, IEnumerable<StaffListing> listings) =>
        listings.Any(l => l.Id == request.Id && l.Status == ListingStatus.Open);
}
