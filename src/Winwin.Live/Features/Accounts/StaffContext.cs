using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// The staff member on whose behalf the current request or control-panel action runs, so that the one write path
/// can say who did what in the audit trail without every service passing it along. Set for each HTTP request by
/// <see cref="UseStaffContext"/> and for each control-panel event by <see cref="StaffCircuitGuard"/>.
/// </summary>
public static class StaffContext
{
    private static readonly AsyncLocal<StaffActor?> CurrentActor = new();

    /// <summary>The signed-in staff member, or null for the public, the system and tests that call services directly.</summary>
    public static StaffActor? Current
    {
        get => CurrentActor.Value;
        set => CurrentActor.Value = value;
    }

    /// <summary>Who a change is made by: <see cref="Current"/>, else the system.</summary>
    public static StaffActor Actor => Current ?? StaffActor.System;

    public static IApplicationBuilder UseStaffContext(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Current = StaffActorFactory.IsStaff(context.User) ? StaffActorFactory.From(context.User) : null;
        return next(context);
    });
}

/// <summary>
/// Runs every control-panel event (click, input) as the circuit's staff member, and drops events of a circuit whose
/// member is no longer staff (role removed, account disabled: the sign-in is re-checked every minute), so that a
/// revoked facilitator's open control panel cannot write any more.
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
            StaffContext.Current = StaffActorFactory.From(user);
            await next(context);
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Control-panel event of circuit {CircuitId} dropped: the user is no longer staff.")]
    private static partial void LogDropped(ILogger logger, string circuitId);
}
