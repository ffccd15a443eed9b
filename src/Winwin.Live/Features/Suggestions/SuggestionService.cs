using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Features.Suggestions;

/// <summary>
/// Keeps one suggestion index per event, loaded from the database on first use and brought up to
/// date before each read: when the event's change feed moved on (its <c>LastSeq</c>), the listings
/// and organisations are read again and only what changed is passed to the index, which rescoring
/// only what it touches. Checking the database rather than listening to this server's broadcasts
/// keeps several app instances behind one database right, and no change can be missed.
/// </summary>
public sealed partial class SuggestionService(IDbContextFactory<WinwinDbContext> dbFactory, ILogger<SuggestionService> logger)
{
    private readonly ConcurrentDictionary<int, EventSuggestions> _events = new();

    /// <summary>The event's suggestions, up to date with the database; null for an unknown event.</summary>
    public async Task<EventSuggestions?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new { e.Id, e.LastSeq }).SingleOrDefaultAsync(cancellationToken);
        if (ev is null)
        {
            return null;
        }
        var entry = _events.GetOrAdd(ev.Id, id => new EventSuggestions(id));
        if (entry.Seq == ev.LastSeq && entry.Loaded)
        {
            return entry;
        }
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (entry.Seq != ev.LastSeq || !entry.Loaded)
            {
                await SyncAsync(db, entry, ev.LastSeq, cancellationToken);
            }
        }
        finally
        {
            entry.Gate.Release();
        }
        return entry;
    }

    private async Task SyncAsync(WinwinDbContext db, EventSuggestions entry, long seq, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == entry.EventId)
            .Select(o => new SuggestedOrganization(o.Id, o.Kind, o.Name, o.TableNumber))
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == entry.EventId)
            .Select(l => new SuggestedListing(l.Id, l.OrganizationId, l.Kind, l.CategoryId, l.Category!.Key, l.Category.Name, l.Title, l.Description, l.Status))
            .ToListAsync(cancellationToken);
        var changed = entry.Apply(organizations, listings);
        entry.Seq = seq;
        LogSynced(logger, entry.EventId, seq, changed);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Suggestions of event {EventId} brought to change {Seq}: {Changed} listings rescored.")]
    private static partial void LogSynced(ILogger logger, int eventId, long seq, int changed);
}

/// <summary>An organisation as suggestions show it: public fields only.</summary>
public sealed record SuggestedOrganization(int Id, OrganizationKind Kind, string Name, string? Table);

/// <summary>A listing as suggestions show it.</summary>
public sealed record SuggestedListing(int Id, int OrganizationId, ListingKind Kind, int CategoryId, string CategoryKey, string? CategoryName,
    string Title, string? Description, ListingStatus Status)
{
    public SuggestionListing ToEngine() =>
        new(Id, OrganizationId, Kind == ListingKind.Offer ? ListingSide.Offer : ListingSide.Request, CategoryId, CategoryKey, Title, Description,
            Status == ListingStatus.Open);
}

/// <summary>One event's index and what is needed to show its suggestions (titles, names, tables).</summary>
public sealed class EventSuggestions(int eventId)
{
    private Dictionary<int, SuggestedOrganization> _organizations = [];
    private Dictionary<int, SuggestedListing> _listings = [];

    public int EventId { get; } = eventId;

    public SuggestionIndex Index { get; } = new();

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal long Seq { get; set; } = -1;

    internal bool Loaded { get; private set; }

    public IReadOnlyDictionary<int, SuggestedOrganization> Organizations => _organizations;

    public IReadOnlyDictionary<int, SuggestedListing> Listings => _listings;

    /// <summary>Passes to the index what differs from what it knew; returns how many listings changed.</summary>
    internal int Apply(List<SuggestedOrganization> organizations, List<SuggestedListing> listings)
    {
        var newOrganizations = organizations.ToDictionary(o => o.Id);
        var newListings = listings.ToDictionary(l => l.Id);
        var changed = 0;
        if (!Loaded)
        {
            Index.Load(organizations.Select(Engine), listings.Select(l => l.ToEngine()));
            changed = listings.Count;
            Loaded = true;
        }
        else
        {
            foreach (var organization in organizations)
            {
                if (!_organizations.TryGetValue(organization.Id, out var known) || known.Kind != organization.Kind)
                {
                    Index.UpsertOrganization(Engine(organization));
                }
            }
            foreach (var listing in listings)
            {
                if (!_listings.TryGetValue(listing.Id, out var known) || known != listing)
                {
                    Index.Upsert(listing.ToEngine());
                    changed++;
                }
            }
            foreach (var id in _listings.Keys.Where(id => !newListings.ContainsKey(id)))
            {
                Index.Remove(id);
                changed++;
            }
        }
        // Replaced whole, never changed in place: readers holding the old maps stay consistent.
        _organizations = newOrganizations;
        _listings = newListings;
        return changed;
    }

    // The engine has its own types: the database model stops at this edge.
    private static SuggestionOrganization Engine(SuggestedOrganization o) =>
        new(o.Id, o.Kind == OrganizationKind.Company ? ParticipantKind.Company : ParticipantKind.Association, o.Name);
}
