using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.MatchForm;

public static class MatchFormSetup
{
    /// <summary>The parties' answers on their own links, per client address; reading the form is not counted.</summary>
    public const string AnswerPolicy = "party-answer";

    /// <summary>
    /// Registers what the match form (<c>/m/{token}</c>) reads, the parties' answers on their own links (rate-limited by
    /// <c>Winwin:RateLimits:PartyAnswersPerHour</c>, 60 by default) and the letters that mail each party its form.
    /// </summary>
    public static WebApplicationBuilder AddMatchForms(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MatchFormQueries>();
        builder.Services.AddSingleton<PartyService>();
        builder.Services.AddSingleton<MatchFormLetters>();
        // An organisation answers a few times per deal; a desk of a company with many deals, a few dozen times an hour.
        RateLimits.AddPostsPerAddress(builder, AnswerPolicy, builder.Configuration.GetValue("Winwin:RateLimits:PartyAnswersPerHour", 60), TimeSpan.FromHours(1));
        return builder;
    }
}
