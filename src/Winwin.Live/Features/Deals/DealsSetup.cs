namespace Winwin.Live.Features.Deals;

public static class DealsSetup
{
    /// <summary>Registers the deal service, through which every deal change goes, and the control panel's reads of the deals.</summary>
    public static WebApplicationBuilder AddDeals(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DealService>();
        builder.Services.AddSingleton<DealQueries>();
        return builder;
    }
}
