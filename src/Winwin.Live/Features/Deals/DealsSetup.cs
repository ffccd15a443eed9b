namespace Winwin.Live.Features.Deals;

public static class DealsSetup
{
    /// <summary>Registers the deal service and the reads of the browser desk.</summary>
    public static WebApplicationBuilder AddDeals(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DealService>();
        builder.Services.AddScoped<DeskQueries>();
        return builder;
    }
}
