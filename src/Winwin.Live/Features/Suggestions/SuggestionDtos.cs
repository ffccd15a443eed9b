using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Features.Suggestions;

/// <summary>A listing in a suggestion: public fields only (title, organisation name, table), never contact data.</summary>
public sealed record SuggestionListingDto(int Id, ListingKind Kind, string Title, CategoryDto Category, int OrganizationId, string OrganizationName, string? Table);

/// <summary>Why a suggestion is made: its kind, the words in common, and a sentence in the reader's language.</summary>
public sealed record SuggestionReasonDto(SuggestionReasonKind Kind, string Text, IReadOnlyList<SharedTerm>? Terms = null);

public sealed record SuggestedOfferDto(SuggestionListingDto Offer, double Score, IReadOnlyList<SuggestionReasonDto> Reasons);

/// <summary>An open request with the offers that may answer it, best first.</summary>
public sealed record RequestSuggestionsDto(SuggestionListingDto Request, IReadOnlyList<SuggestedOfferDto> Offers);

/// <summary>A page of requests with their suggestions; <paramref name="Total"/> counts the requests of all pages.</summary>
public sealed record SuggestionsPageDto(IReadOnlyList<RequestSuggestionsDto> Items, int Page, int PageSize, int Total);

/// <summary>One link of a win-win: the offer of one organisation answers the request of the other.</summary>
public sealed record WinWinLinkDto(SuggestionListingDto Offer, SuggestionListingDto Request, double Score);

/// <summary>A pair (two links) or a circle of three (three links); its strength is its weakest link.</summary>
public sealed record WinWinDto(double Strength, IReadOnlyList<WinWinLinkDto> Links);

public sealed record WinWinsDto(IReadOnlyList<WinWinDto> Pairs, IReadOnlyList<WinWinDto> Circles);

/// <summary>What may match one organisation's listings: offers for its requests, requests its offers answer.</summary>
public sealed record OrganizationSuggestionsDto(SuggestedOrganization Organization, IReadOnlyList<SuggestionPairDto> ForItsRequests, IReadOnlyList<SuggestionPairDto> ForItsOffers);

public sealed record SuggestionPairDto(SuggestionListingDto Offer, SuggestionListingDto Request, double Score, IReadOnlyList<SuggestionReasonDto> Reasons);
