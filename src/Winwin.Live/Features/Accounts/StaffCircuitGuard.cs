using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// Drops the control-panel events (click, input) of a circuit whose member is no longer staff (role removed, account
/// disabled: the sign-in is re-checked every minute), so that a revoked facilitator's open control panel cannot write
/// any more.
/// </summary>
public sealed partial class StaffCircuitGuard(AuthenticationStateProvider authentication, ILogger<StaffCircuitGuard> logger) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            if (!StaffActorFactory.IsStaff(user))
            {
                LogDropped(logger, context.Circuit.Id);
                return;
            }
            await next(context);
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Control-panel event of circuit {CircuitId} dropped: the user is no longer staff.")]
    private static partial void LogDropped(ILogger logger, string circuitId);
}
