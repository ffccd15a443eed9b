using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Makes sure the roles exist and that somebody can sign in: either the coordinator given by
/// <c>Winwin__Bootstrap__Email</c> / <c>Winwin__Bootstrap__Password</c>, or a one-time setup link in the log.
/// </summary>
public sealed partial class StaffBootstrap(
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    StaffAccountService accounts,
    SetupToken setupToken,
    IConfiguration configuration,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<StaffBootstrap> logger)
{
    public async Task RunAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (await users.Users.AnyAsync())
        {
            return;
        }
        var email = configuration["Winwin:Bootstrap:Email"];
        var password = configuration["Winwin:Bootstrap:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password))
        {
            var result = await accounts.CreateFirstCoordinatorAsync(email, email, password, fromSettings: true);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Winwin:Bootstrap account could not be created: " + string.Join(" ", result.Errors.Select(e => e.Argument ?? e.Code)));
            }
            LogBootstrapped(logger, email);
            return;
        }
        var token = setupToken.Issue();
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            LogSetupLink(logger, $"{address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}/account/setup?token={token}");
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First coordinator account created for {Email}.")]
    private static partial void LogBootstrapped(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No staff account exists yet. Create the first coordinator with this one-time link: {Link}")]
    private static partial void LogSetupLink(ILogger logger, string link);
}
