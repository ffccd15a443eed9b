namespace Winwin.Live.Features.Listings;

public static class ListingsSetup
{
    /// <summary>Registers the offers and requests: the service that records and changes them.</summary>
    public static WebApplicationBuilder AddListings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ListingService>();
        return builder;
    }
}
