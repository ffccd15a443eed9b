using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Ends every session of a person at once when they sign out or their account changes (disabled, roles, access reset):
/// remembers the security stamps that are no longer valid, so that open control panels stop at their next event, and
/// closes that person's open hub connections. Sign-in cookies are checked against the stamp in the database on every
/// request (<see cref="AccountsSetup"/>), which also covers the other app instances.
/// </summary>
public sealed class StaffSessions(IOptions<IdentityOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _revokedStamps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _connections = new(StringComparer.Ordinal);

    /// <summary>Ends the sessions of <paramref name="userId"/> signed in with <paramref name="oldStamp"/> (the stamp before it was renewed).</summary>
    public void End(string userId, string? oldStamp)
    {
        if (oldStamp is { Length: > 0 })
        {
            _revokedStamps[oldStamp] = 0;
        }
        if (_connections.TryRemove(userId, out var open))
        {
            foreach (var connection in open.Values)
            {
                connection.Abort();
            }
        }
    }

    /// <summary>Whether this principal's sign-in was ended (on this instance) since it was issued.</summary>
    public bool IsEnded(ClaimsPrincipal principal) =>
        principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) is { } stamp && _revokedStamps.ContainsKey(stamp);

    /// <summary>
    /// Whether this principal's sign-in still holds: not ended on this instance, and its account's security stamp unchanged
    /// in the database (which covers the other instances). Checked on every call of a signed-in hub connection and every
    /// request with a bearer token.
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, UserManager<Winwin.Data.StaffUser> users) =>
        !IsEnded(principal) && await StaffRevalidation.IsCurrentAsync(users, principal, options.Value);

    /// <summary>Remembers a signed-in hub connection, to close it when its person's sessions end.</summary>
    public void Opened(HubCallerContext connection)
    {
        if (connection.UserIdentifier is { } userId && connection.User?.Identity?.IsAuthenticated == true)
        {
            _connections.GetOrAdd(userId, _ => new(StringComparer.Ordinal))[connection.ConnectionId] = connection;
        }
    }

    public void Closed(HubCallerContext connection)
    {
        if (connection.UserIdentifier is { } userId && _connections.TryGetValue(userId, out var open))
        {
            open.TryRemove(connection.ConnectionId, out _);
        }
    }
}
