using Microsoft.Extensions.Localization;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Features.Suggestions;

/// <summary>Turns the engine's suggestions into DTOs with their reasons in words, in the reader's language.</summary>
public sealed class SuggestionViews(IStringLocalizer<Text> text)
{
    public IReadOnlyList<RequestSuggestionsDto> ForRequests(EventSuggestions suggestions) =>
        ForRequests(suggestions, 1, int.MaxValue).Items;

    /// <summary>One page of the requests that have suggestions, by organisation name; only that page is put in words.</summary>
    public SuggestionsPageDto ForRequests(EventSuggestions suggestions, int page, int pageSize)
    {
        var requests = suggestions.Index.All()
            .Select(kv => (Request: Listing(suggestions, kv.Key), kv.Value))
            .Where(x => x.Request is not null)
            .OrderBy(x => x.Request!.OrganizationName, StringComparer.CurrentCulture).ThenBy(x => x.Request!.Id)
            .ToList();
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= requests.Count ? [] : requests.Skip((int)skip).Take(pageSize)
            .Select(x => new RequestSuggestionsDto(x.Request!, Offers(suggestions, x.Value))).ToList();
        return new SuggestionsPageDto(items, page, pageSize, requests.Count);
    }

    public IReadOnlyList<SuggestedOfferDto> ForRequest(EventSuggestions suggestions, int requestId) =>
        Offers(suggestions, suggestions.Index.ForRequest(requestId));

    public OrganizationSuggestionsDto? ForOrganization(EventSuggestions suggestions, int organizationId)
    {
        if (!suggestions.Organizations.TryGetValue(organizationId, out var organization))
        {
            return null;
        }
        var (forRequests, forOffers) = suggestions.Index.ForOrganization(organizationId);
        return new OrganizationSuggestionsDto(organization, Pairs(suggestions, forRequests), Pairs(suggestions, forOffers));
    }

    public WinWinsDto WinWins(EventSuggestions suggestions)
    {
        var winWins = suggestions.Index.WinWins();
        return new WinWinsDto(
            [.. winWins.Pairs.Select(p => WinWin(suggestions, p.Strength, [p.AToB, p.BToA])).OfType<WinWinDto>()],
            [.. winWins.Circles.Select(c => WinWin(suggestions, c.Strength, c.Links)).OfType<WinWinDto>()]);
    }

    public string Reason(SuggestionReason reason, EventSuggestions suggestions) => reason.Kind switch
    {
        SuggestionReasonKind.SharedTerms => text["suggest.reason.sharedTerms", string.Join(", ", reason.Terms!.Select(Term))],
        SuggestionReasonKind.SameCategory => text["suggest.reason.sameCategory", CategoryLabel(suggestions, reason.CategoryId)],
        SuggestionReasonKind.RelatedCategory => text["suggest.reason.relatedCategory", CategoryLabel(suggestions, reason.CategoryId)],
        SuggestionReasonKind.Complementary => text["suggest.reason.complementary"],
        SuggestionReasonKind.Capacity => text["suggest.reason.capacity", reason.Capacity!, reason.People!],
        SuggestionReasonKind.TooSmall => text["suggest.reason.tooSmall", reason.Capacity!, reason.People!],
        _ => text["suggest.reason.helpEachOtherBack"],
    };

    private static string Term(SharedTerm term) =>
        string.Equals(term.OfferText, term.RequestText, StringComparison.OrdinalIgnoreCase) ? term.RequestText : $"{term.OfferText} ↔ {term.RequestText}";

    private string CategoryLabel(EventSuggestions suggestions, int? categoryId)
    {
        var listing = suggestions.Listings.Values.FirstOrDefault(l => l.CategoryId == categoryId);
        return listing is null ? "" : listing.CategoryName ?? text[$"category.{listing.CategoryKey}"];
    }

    private List<SuggestedOfferDto> Offers(EventSuggestions suggestions, IEnumerable<Suggestion> list) =>
        [.. list.Select(s => (Offer: Listing(suggestions, s.OfferId), s))
            .Where(x => x.Offer is not null)
            .Select(x => new SuggestedOfferDto(x.Offer!, x.s.Score, Reasons(suggestions, x.s)))];

    private List<SuggestionPairDto> Pairs(EventSuggestions suggestions, IEnumerable<Suggestion> list) =>
        [.. list.Select(s => (Offer: Listing(suggestions, s.OfferId), Request: Listing(suggestions, s.RequestId), s))
            .Where(x => x.Offer is not null && x.Request is not null)
            .Select(x => new SuggestionPairDto(x.Offer!, x.Request!, x.s.Score, Reasons(suggestions, x.s)))];

    private List<SuggestionReasonDto> Reasons(EventSuggestions suggestions, Suggestion suggestion) =>
        [.. suggestion.Reasons.Select(r => new SuggestionReasonDto(r.Kind, Reason(r, suggestions), r.Terms))];

    private static WinWinDto? WinWin(EventSuggestions suggestions, double strength, IEnumerable<SuggestionLink> links)
    {
        var dtos = new List<WinWinLinkDto>();
        foreach (var link in links)
        {
            if (Listing(suggestions, link.OfferId) is not { } offer || Listing(suggestions, link.RequestId) is not { } request)
            {
                return null;
            }
            dtos.Add(new WinWinLinkDto(offer, request, link.Score));
        }
        return new WinWinDto(strength, dtos);
    }

    private static SuggestionListingDto? Listing(EventSuggestions suggestions, int listingId) =>
        suggestions.Listings.TryGetValue(listingId, out var l) && suggestions.Organizations.TryGetValue(l.OrganizationId, out var o)
            ? new SuggestionListingDto(l.Id, l.Kind, l.Title, new CategoryDto(l.CategoryKey, l.CategoryName), o.Id, o.Name, o.Table)
            : null;
}
