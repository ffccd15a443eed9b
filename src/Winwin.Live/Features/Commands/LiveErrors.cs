namespace Winwin.Live.Features.Commands;

/// <summary>Codes of the errors the application services report (the model's own are in <c>DomainErrors</c>).</summary>
public static class LiveErrors
{
    public const string MissingIdempotencyKey = "deal.missingKey";
    public const string UnknownOrganization = "deal.unknownOrganization";
    public const string UnknownCategory = "deal.unknownCategory";
    public const string UnknownListing = "deal.unknownListing";
    public const string ListingNotOpen = "deal.listingNotOpen";
}
