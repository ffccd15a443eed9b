namespace Winwin.Live.Features.Commands;

/// <summary>Codes of the errors the application services report (the model's own are in <c>DomainErrors</c>).</summary>
public static class LiveErrors
{
    public const string MissingIdempotencyKey = "deal.missingKey";

    /// <summary>An idempotency key sent again with another deal; the argument is the number of the deal the key recorded.</summary>
    public const string IdempotencyKeyReused = "deal.keyReused";
    public const string UnknownOrganization = "deal.unknownOrganization";
    public const string UnknownCategory = "deal.unknownCategory";
    public const string UnknownListing = "deal.unknownListing";
    public const string ListingNotOpen = "deal.listingNotOpen";
    public const string Conflict = "conflict";
    public const string DealWrongStatus = "deal.wrongStatus";
    public const string DealBadValue = "deal.badValue";
    public const string DuplicateOrganization = "organization.duplicate";
    public const string EventSlugTaken = "event.slugTaken";
    public const string EventBadSlug = "event.badSlug";
    public const string EventBadTimes = "event.badTimes";
    public const string EventBadLanguage = "event.badLanguage";
    public const string EventBadPhase = "event.badPhase";
    public const string EventNotClosed = "event.notClosed";

    /// <summary>A registration closing date at or after the event's end.</summary>
    public const string EventBadRegistrationCloses = "event.badRegistrationCloses";

    /// <summary>A site allowed to embed the results that is not an origin (https://host[:port]); the argument is the entry.</summary>
    public const string EventBadEmbedSite = "event.badEmbedSite";
    public const string CategoryInUse = "category.inUse";
    public const string CategoryDuplicate = "category.duplicate";

    /// <summary>A page size outside what a list serves; the argument is the largest page.</summary>
    public const string BadPageSize = "api.pageSize";

    /// <summary>A page number below 1.</summary>
    public const string BadPage = "api.page";

    /// <summary>A category moved by something else than one place up (-1) or down (+1).</summary>
    public const string BadCategoryStep = "api.categoryStep";

    /// <summary>A deal status that does not exist; the argument is the value sent.</summary>
    public const string UnknownDealStatus = "api.dealStatus";

    /// <summary>A deal number (a filter or a cursor) below 0.</summary>
    public const string NegativeNumber = "api.negativeNumber";

    /// <summary>An organisation kind that does not exist; the argument is the value sent.</summary>
    public const string UnknownOrganizationKind = "api.organizationKind";

    /// <summary>A listing kind that does not exist; the argument is the value sent.</summary>
    public const string UnknownListingKind = "api.listingKind";

    /// <summary>A listing status that does not exist; the argument is the value sent.</summary>
    public const string UnknownListingStatus = "api.listingStatus";
}
