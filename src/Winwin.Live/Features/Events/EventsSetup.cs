using Winwin.Live.Features.Export;
using Winwin.Live.Features.Import;
using Winwin.Live.Features.Listings;
using Winwin.Live.Features.Organizations;

namespace Winwin.Live.Features.Events;

public static class EventsSetup
{
    /// <summary>Registers the services that prepare a bourse: events and categories, organisations, offers and requests.</summary>
    public static WebApplicationBuilder AddPreparation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EventService>();
        builder.Services.AddSingleton<OrganizationService>();
        builder.Services.AddSingleton<ListingService>();
        builder.Services.AddScoped<ImportService>();
        builder.Services.AddScoped<ExportService>();
        return builder;
    }
}
