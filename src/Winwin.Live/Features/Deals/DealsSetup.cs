namespace Winwin.Live.Features.Deals;

public static class DealsSetup
{
    /// <summary>Registers the deal service, the one write path for deals.</summary>
    public static WebApplicationBuilder AddDeals(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DealService>();
        return builder;
    }
}
