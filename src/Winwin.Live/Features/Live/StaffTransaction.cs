using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Live;

/// <summary>A change that belongs to no existing event (a new event, a staff account): its database context, its scope's services, its time.</summary>
public sealed class StaffTransaction(WinwinDbContext db, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
{
    public WinwinDbContext Db { get; } = db;

    /// <summary>The services of the transaction's scope: those that use the database (Identity's stores) use <see cref="Db"/>.</summary>
    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The time of this change (UTC), from the injected clock.</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>Adds a line to the audit trail (of event <paramref name="eventId"/>, or of the accounts when null), saved with the change.</summary>
    public void Audit(StaffActor actor, int? eventId, string action, string subject, string? details = null) =>
        Db.Audit.Add(AuditTrail.Entry(eventId, Now, actor, action, subject, details));

    /// <summary>Saves what changed so far (to obtain generated ids).</summary>
    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);
}
