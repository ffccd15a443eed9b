using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Deals;

/// <summary>Deals: validated, saved with their feed entry through the <see cref="LiveWriter"/>, broadcast after commit.</summary>
public sealed class DealService(IDbContextFactory<WinwinDbContext> dbFactory, LiveWriter writer, TimeProvider time)
{
    public async Task<CommandResult<DealDto>> AnnounceAsync(string slug, AnnounceDealCommand command, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (command.IdempotencyKey == Guid.Empty)
        {
            return CommandResult.Invalid<DealDto>(new DomainError(LiveErrors.MissingIdempotencyKey, Field: "idempotencyKey"));
        }
        var gives = (command.Parties ?? []).Select(p => (p.OrganizationId, Gives: Normalize(p.Gives))).ToList();
        var errors = Deal.Check(gives);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid<DealDto>(errors);
        }
        var fulfils = command.Fulfils?.Distinct().ToList() ?? [];
        try
        {
            return await writer.WriteAsync(slug, async tx =>
            {
                // Checked under the writer lock: a retried or doubled submission yields the first deal.
                if (await FindAsync(tx.Db, tx.Event.Id, command.IdempotencyKey, tx.CancellationToken) is { } earlier)
                {
                    return CommandResult.Done(earlier, replayed: true);
                }
                var refused = await CheckReferencesAsync(tx.Db, tx.Event.Id, command, tx.CancellationToken);
                if (refused.Count > 0)
                {
                    return CommandResult.Invalid<DealDto>(refused);
                }
                var deal = new Deal
                {
                    EventId = tx.Event.Id,
                    Number = ++tx.Event.LastDealNumber,
                    IdempotencyKey = command.IdempotencyKey,
                    CategoryId = command.CategoryId,
                    IsReciprocal = Deal.AreReciprocal(gives.Select(g => g.Gives)),
                    RecordedById = actor.UserId,
                    RecordedByName = actor.Name,
                    RecordedAt = time.GetUtcNow().UtcDateTime,
                    Parties = [.. gives.Select((p, i) => new DealParty { OrganizationId = p.OrganizationId, Gives = p.Gives, Position = i })],
                    Fulfils = [.. fulfils.Select(id => new DealListing { ListingId = id })],
                };
                tx.Db.Deals.Add(deal);
                foreach (var listing in await tx.Db.Listings.Where(l => fulfils.Contains(l.Id)).ToListAsync(tx.CancellationToken))
                {
                    listing.Status = ListingStatus.Fulfilled;
                    listing.Version = Guid.NewGuid();
                }
                await tx.SaveAsync();
                var dto = (await LoadAsync(tx.Db, deal.Id, tx.CancellationToken))!;
                await tx.AppendAsync(FeedTypes.DealAnnounced, dto);
                return CommandResult.Done(dto);
            }, cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another instance committed the same key between our check and our insert.
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync(cancellationToken);
            return await FindAsync(db, eventId, command.IdempotencyKey, cancellationToken) is { } earlier
                ? CommandResult.Done(earlier, replayed: true)
                : throw new InvalidOperationException("The deal could not be saved.");
        }
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
