namespace Winwin.Live.Features.Deals;

public static class DealsSetup
{
    /// <summary>Registers the deal service, through which every deal change goes, the control panel's reads of the deals and the reads of the browser desk.</summary>
    public static WebApplicationBuilder AddDeals(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DealService>();
        builder.Services.AddSingleton<DealQueries>();
        builder.Services.AddScoped<DeskQueries>();
        return builder;
    }
}
