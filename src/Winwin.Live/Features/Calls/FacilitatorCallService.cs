using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Calls;

/// <summary>What a phone learns about its call: its state, never who answers it.</summary>
/// <param name="Id">The call's key for the phone that made it: protected by the server, so that no one can walk other phones' calls.</param>
public sealed record PublicCallDto(string Id, int OrganizationId, FacilitatorCallStatus Status, int AheadInQueue);

/// <summary>A call as staff see it in the queue.</summary>
public sealed record StaffCallDto(int Id, int OrganizationId, string OrganizationName, string? Table, FacilitatorCallStatus Status,
    DateTime CreatedAt, string? AnsweredByName, DateTime? AnsweredAt);

/// <summary>
/// "Call a facilitator": a participant asks from its phone for a facilitator to come to its table; staff take the
/// call (on the way) and close it (done). One open call per organisation: asking again answers with the open one.
/// One open call per phone (its browser's <see cref="DeviceId"/>): a phone cannot call for ten organisations at once.
/// </summary>
public sealed class FacilitatorCallService(LiveWriter writer, IDbContextFactory<WinwinDbContext> dbFactory, IDataProtectionProvider protection)
{
    public const string UnknownOrganization = "call.unknownOrganization";
    public const string TooMany = "call.tooMany";
    public const string WrongStatus = "call.wrongStatus";
    public const string DeviceMissing = "call.deviceMissing";
    public const string DeviceBusy = "call.deviceBusy";

    /// <summary>Calls an organisation may make in an hour, open or not.</summary>
    public const int MaxPerOrganizationPerHour = 6;

    private static readonly FacilitatorCallStatus[] Open = [FacilitatorCallStatus.Waiting, FacilitatorCallStatus.OnTheWay];

    /// <param name="device">The calling phone's <see cref="DeviceId"/>.</param>
    public Task<CommandResult<PublicCallDto>> CallAsync(string slug, int organizationId, string? device, CancellationToken cancellationToken = default) =>
        !DeviceId.IsValid(device)
            ? Task.FromResult(CommandResult.Invalid<PublicCallDto>(new DomainError(DeviceMissing, Field: "device")))
            : writer.WriteAsync(slug, async tx =>
        {
            var organization = await tx.Db.Organizations.AsNoTracking()
                .Where(o => o.Id == organizationId && o.EventId == tx.Event.Id)
                .Select(o => new { o.Id, o.Name })
                .SingleOrDefaultAsync(tx.CancellationToken);
            if (organization is null)
            {
                return CommandResult.Invalid<PublicCallDto>(new DomainError(UnknownOrganization, Field: "organizationId"));
            }
            var open = await tx.Db.FacilitatorCalls.AsNoTracking()
                .Where(c => c.EventId == tx.Event.Id && c.OrganizationId == organizationId && Open.Contains(c.Status))
                .OrderBy(c => c.Id).FirstOrDefaultAsync(tx.CancellationToken);
            if (open is not null)
            {
                return CommandResult.Done(await ToPublicAsync(tx.Db, open, tx.CancellationToken), replayed: true);
            }
            var busyFor = await tx.Db.FacilitatorCalls.AsNoTracking()
                .Where(c => c.EventId == tx.Event.Id && c.Device == device && Open.Contains(c.Status))
                .Select(c => c.Organization!.Name)
                .FirstOrDefaultAsync(tx.CancellationToken);
            if (busyFor is not null)
            {
                return CommandResult.Invalid<PublicCallDto>(new DomainError(DeviceBusy, Argument: busyFor));
            }
            var since = tx.Now.AddHours(-1);
            var recent = await tx.Db.FacilitatorCalls.CountAsync(c => c.EventId == tx.Event.Id && c.OrganizationId == organizationId && c.CreatedAt > since, tx.CancellationToken);
            if (recent >= MaxPerOrganizationPerHour)
            {
                return CommandResult.Invalid<PublicCallDto>(new DomainError(TooMany));
            }
            var call = new FacilitatorCall { EventId = tx.Event.Id, OrganizationId = organizationId, CreatedAt = tx.Now, Device = device };
            tx.Db.FacilitatorCalls.Add(call);
            await tx.SaveAsync();
            tx.Audit(StaffActor.System, "call.created", organization.Name);
            tx.Notify(StaffTopic.Calls);
            return CommandResult.Done(await ToPublicAsync(tx.Db, call, tx.CancellationToken));
        }, cancellationToken);

    /// <summary>A facilitator takes the call: on the way to the table.</summary>
    public Task<CommandResult<StaffCallDto>> TakeAsync(string slug, int callId, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(slug, callId, actor, FacilitatorCallStatus.Waiting, FacilitatorCallStatus.OnTheWay, "call.taken", cancellationToken);

    /// <summary>The facilitator was there: the call leaves the queue.</summary>
    public Task<CommandResult<StaffCallDto>> DoneAsync(string slug, int callId, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(slug, callId, actor, null, FacilitatorCallStatus.Done, "call.done", cancellationToken);

    private Task<CommandResult<StaffCallDto>> ChangeAsync(string slug, int callId, StaffActor actor, FacilitatorCallStatus? from, FacilitatorCallStatus to,
        string action, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            var call = await tx.Db.FacilitatorCalls.Include(c => c.Organization)
                .SingleOrDefaultAsync(c => c.Id == callId && c.EventId == tx.Event.Id, tx.CancellationToken);
            if (call is null)
            {
                return CommandResult.NotFound<StaffCallDto>();
            }
            if (!Open.Contains(call.Status) || (from is { } expected && call.Status != expected))
            {
                return CommandResult.Invalid<StaffCallDto>(new DomainError(WrongStatus));
            }
            call.Status = to;
            if (!Open.Contains(to))
            {
                // Kept only while the call is open: the phone may call again, and nothing of it stays.
                call.Device = null;
            }
            if (to == FacilitatorCallStatus.OnTheWay || call.AnsweredById is null)
            {
                call.AnsweredById = actor.UserId;
                call.AnsweredByName = actor.Name;
                call.AnsweredAt = tx.Now;
            }
            tx.Audit(actor, action, call.Organization!.Name);
            tx.Notify(StaffTopic.Calls);
            return CommandResult.Done(ToStaff(call));
        }, cancellationToken);

    /// <summary>The state of one call of the event, for the phone that made it.</summary>
    public async Task<PublicCallDto?> GetAsync(string slug, string key, CancellationToken cancellationToken = default)
    {
        if (CallIdOf(key) is not { } callId)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventIds = db.Events.Where(e => e.Slug == slug).Select(e => e.Id);
        var call = await db.FacilitatorCalls.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == callId && eventIds.Contains(c.EventId), cancellationToken);
        return call is null ? null : await ToPublicAsync(db, call, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffCallDto>?> QueueAsync(string slug, DateTime now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        return eventId is { } id ? await QueueAsync(id, now, cancellationToken) : null;
    }

    /// <summary>The queue: open calls oldest first, then those closed in the last 15 minutes.</summary>
    public async Task<IReadOnlyList<StaffCallDto>> QueueAsync(int eventId, DateTime now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recent = now.AddMinutes(-15);
        var calls = await db.FacilitatorCalls.AsNoTracking().Include(c => c.Organization)
            .Where(c => c.EventId == eventId && (Open.Contains(c.Status) || c.AnsweredAt > recent))
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. calls.OrderBy(c => Open.Contains(c.Status) ? 0 : 1).ThenBy(c => c.Id).Select(ToStaff)];
    }

    private IDataProtector Keys => protection.CreateProtector("Winwin.Live.Calls.PublicKey.v1");

    /// <summary>The call a phone's key stands for, or null for a key the server did not issue.</summary>
    private int? CallIdOf(string key)
    {
        if (key.Length > 512)
        {
            return null;
        }
        try
        {
            return int.TryParse(Keys.Unprotect(key), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }

    private async Task<PublicCallDto> ToPublicAsync(WinwinDbContext db, FacilitatorCall call, CancellationToken cancellationToken)
    {
        var ahead = call.Status == FacilitatorCallStatus.Waiting
            ? await db.FacilitatorCalls.CountAsync(c => c.EventId == call.EventId && c.Status == FacilitatorCallStatus.Waiting && c.Id < call.Id, cancellationToken)
            : 0;
        return new PublicCallDto(Keys.Protect(call.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), call.OrganizationId, call.Status, ahead);
    }

    private static StaffCallDto ToStaff(FacilitatorCall c) =>
        new(c.Id, c.OrganizationId, c.Organization?.Name ?? "", c.Organization?.TableNumber, c.Status, c.CreatedAt, c.AnsweredByName, c.AnsweredAt);
}
