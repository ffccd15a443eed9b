namespace Winwin.Live.Features.Organizations;

public static class OrganizationsSetup
{
    /// <summary>Registers the participating organisations: the service that registers, changes and checks them in, and their reads.</summary>
    public static WebApplicationBuilder AddOrganizations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrganizationService>();
        builder.Services.AddSingleton<OrganizationQueries>();
        return builder;
    }
}
