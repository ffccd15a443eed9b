namespace Winwin.Live.Features.Listings;

public static class ListingsSetup
{
    /// <summary>Registers the offers and requests: the service that records and changes them, and their reads.</summary>
    public static WebApplicationBuilder AddListings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ListingService>();
        builder.Services.AddSingleton<ListingQueries>();
        return builder;
    }
}
