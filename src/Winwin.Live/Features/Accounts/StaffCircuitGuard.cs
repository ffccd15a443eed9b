using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Drops the control-panel events (click, input) of a circuit whose member is no longer staff (role removed, account
/// disabled: the sign-in is re-checked every minute), so that a revoked facilitator's open control panel cannot write
/// any more. Signing out (or an account change) stops it at its next event.
/// </summary>
public sealed partial class StaffCircuitGuard(AuthenticationStateProvider authentication, StaffSessions sessions, ILogger<StaffCircuitGuard> logger) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            // A sign-out or an account change on this instance stops the circuit at once; elsewhere within the minute.
            if (!StaffActorFactory.IsStaff(user) || sessions.IsEnded(user))
            {
                LogDropped(logger, context.Circuit.Id);
                return;
            }
            await next(context);
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Control-panel event of circuit {CircuitId} dropped: the user is no longer staff.")]
    private static partial void LogDropped(ILogger logger, string circuitId);
}
