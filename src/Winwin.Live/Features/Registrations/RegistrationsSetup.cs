using Winwin.Live.Features.Security;

namespace Winwin.Live.Features.Registrations;

public static class RegistrationsSetup
{
    /// <summary>Registrations and their changes (the form's posts and the API's) per client address; reading the form is not counted.</summary>
    public const string Policy = "registration";

    /// <summary>The query of the form's posts that add or remove a row: they only show the form again.</summary>
    public const string EditQuery = "edit";

    /// <summary>Registers the public registration form's services and its rate limit (<c>Winwin:RateLimits:RegistrationsPerHour</c>, 30 by default).</summary>
    public static WebApplicationBuilder AddRegistrations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegistrationService>();
        builder.Services.AddSingleton<RegistrationQueries>();
        builder.Services.AddSingleton<RegistrationLetters>();
        // Weeks before the bourse, from offices: a few organisations per address, never hundreds.
        var perHour = builder.Configuration.GetValue("Winwin:RateLimits:RegistrationsPerHour", 30);
        // Adding or removing a row of the form is a post too (the form works without script): free, since it saves nothing.
        RateLimits.AddPostsPerAddress(builder, Policy, perHour, TimeSpan.FromHours(1),
            free: ctx => ctx.Request.Query.ContainsKey(EditQuery));
        return builder;
    }
}
