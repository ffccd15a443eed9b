namespace Winwin.Live.Features.MatchForm;

public static class MatchFormSetup
{
    /// <summary>Registers what the printable match form (<c>/m/{token}</c>) reads.</summary>
    public static WebApplicationBuilder AddMatchForms(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MatchFormQueries>();
        return builder;
    }
}
