namespace Winwin.Live.Features.Suggestions;

public static class SuggestionsSetup
{
    /// <summary>Registers the per-event suggestion indexes (one per app instance) and their views.</summary>
    public static WebApplicationBuilder AddSuggestions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SuggestionService>();
        builder.Services.AddScoped<SuggestionViews>();
        return builder;
    }
}
