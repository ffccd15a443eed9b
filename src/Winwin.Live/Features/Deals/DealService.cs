using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Deals;

/// <summary>The one write path for deals: validate, save with the feed entry in one transaction, broadcast after commit.</summary>
public sealed class DealService(
    IDbContextFactory<WinwinDbContext> dbFactory,
    ChangeFeed feed,
    LiveBroadcaster broadcaster,
    TimeProvider time)
{
    public async Task<CommandResult<DealDto>> AnnounceAsync(string slug, AnnounceDealCommand command, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (command.IdempotencyKey == Guid.Empty)
        {
            return CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.MissingIdempotencyKey, Field: "idempotencyKey"));
        }
        var parties = command.Parties ?? [];
        var gives = parties.Select(p => (p.OrganizationId, Gives: Normalize(p.Gives))).ToList();
        var errors = Deal.Check(gives).ToList();
        if (errors.Count > 0)
        {
            return CommandResult.Invalid<DealDto>(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return CommandResult.NotFound<DealDto>();
        }
        if (await FindAsync(db, ev.Id, command.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return CommandResult.Done(earlier, replayed: true);
        }
        errors.AddRange(await CheckReferencesAsync(db, ev.Id, command, cancellationToken));
        if (errors.Count > 0)
        {
            return CommandResult.Invalid<DealDto>(errors);
        }

        FeedEntryDto? entry = null;
        DealDto? announced = null;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // Checked again under the writer lock: two identical submissions in flight yield one deal.
                if (await FindAsync(db, ev.Id, command.IdempotencyKey, cancellationToken) is { } raced)
                {
                    announced = raced;
                    return;
                }
                await db.Events.Where(e => e.Id == ev.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastDealNumber, e => e.LastDealNumber + 1), cancellationToken);
                var number = await db.Events.Where(e => e.Id == ev.Id).Select(e => e.LastDealNumber).SingleAsync(cancellationToken);
                var fulfils = command.Fulfils?.Distinct().ToList() ?? [];
                var deal = new Deal
                {
                    EventId = ev.Id,
                    Number = number,
                    IdempotencyKey = command.IdempotencyKey,
                    CategoryId = command.CategoryId,
                    IsReciprocal = Deal.AreReciprocal(gives.Select(g => g.Gives)),
                    RecordedById = actor.UserId,
                    RecordedByName = actor.Name,
                    RecordedAt = time.GetUtcNow().UtcDateTime,
                    Parties = [.. gives.Select((p, i) => new DealParty { OrganizationId = p.OrganizationId, Gives = p.Gives, Position = i })],
                    Fulfils = [.. fulfils.Select(id => new DealListing { ListingId = id })],
                };
                db.Deals.Add(deal);
                if (fulfils.Count > 0)
                {
                    await db.Listings.Where(l => fulfils.Contains(l.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, ListingStatus.Fulfilled).SetProperty(l => l.Version, Guid.NewGuid()), cancellationToken);
                }
                await db.SaveChangesAsync(cancellationToken);
                var dto = (await LoadAsync(db, deal.Id, cancellationToken))!;
                entry = await feed.AppendAsync(db, ev.Id, FeedTypes.DealAnnounced, dto, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                announced = dto;
            });
        }
        catch (DbUpdateException)
        {
            // Another instance committed the same key between our check and our insert.
            announced = await FindAsync(db, ev.Id, command.IdempotencyKey, CancellationToken.None);
            if (announced is null)
            {
                throw;
            }
            entry = null;
        }

        if (entry is null)
        {
            return CommandResult.Done(announced!, replayed: true);
        }
        await broadcaster.PublishAsync(ev.Id, entry);
        return CommandResult.Done(announced!);
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<DealDto?> FindAsync(WinwinDbContext db, int eventId, Guid key, CancellationToken cancellationToken)
    {
        var id = await db.Deals.Where(d => d.EventId == eventId && d.IdempotencyKey == key).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await LoadAsync(db, id.Value, cancellationToken);
    }

    private static async Task<DealDto?> LoadAsync(WinwinDbContext db, int dealId, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.AsNoTracking().AsSplitQuery()
            .Include(d => d.Category)
            .Include(d => d.Parties).ThenInclude(p => p.Organization)
            .Include(d => d.Fulfils)
            .SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        return deal?.ToDto();
    }

    private static async Task<List<DomainError>> CheckReferencesAsync(WinwinDbContext db, int eventId, AnnounceDealCommand command, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        var partyIds = command.Parties.Select(p => p.OrganizationId).Distinct().ToList();
        var known = await db.Organizations.CountAsync(o => o.EventId == eventId && partyIds.Contains(o.Id), cancellationToken);
        if (known != partyIds.Count)
        {
            errors.Add(new DomainError(LiveErrors.UnknownOrganization, Field: "parties"));
        }
        if (command.CategoryId is { } categoryId
            && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.EventId == eventId && !c.IsRetired, cancellationToken))
        {
            errors.Add(new DomainError(LiveErrors.UnknownCategory, Field: "categoryId"));
        }
        var fulfils = command.Fulfils?.Distinct().ToList() ?? [];
        if (fulfils.Count > 0)
        {
            var listings = await db.Listings.Where(l => fulfils.Contains(l.Id) && l.EventId == eventId && partyIds.Contains(l.OrganizationId))
                .Select(l => l.Status).ToListAsync(cancellationToken);
            if (listings.Count != fulfils.Count)
            {
                errors.Add(new DomainError(LiveErrors.UnknownListing, Field: "fulfils"));
            }
            else if (listings.Any(s => s != ListingStatus.Open))
            {
                errors.Add(new DomainError(LiveErrors.ListingNotOpen, Field: "fulfils"));
            }
        }
        return errors;
    }
}
