using Winwin.Data;
using Winwin.Live.Features.Commands;

namespace Winwin.Live.Features.Live;

/// <summary>A change in progress: its database context, its event, and the feed entries it appends.</summary>
public sealed class LiveTransaction(WinwinDbContext db, Event ev, ChangeFeed feed, TimeProvider clock, CancellationToken cancellationToken)
{
    private readonly List<FeedEntryDto> _entries = [];
    private readonly HashSet<StaffTopic> _topics = [];

    public WinwinDbContext Db { get; } = db;

    public Event Event { get; } = ev;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<FeedEntryDto> Entries => _entries;

    /// <summary>What the staff screens are told changed once this commits: the topics of the feed entries and of <see cref="Notify"/>.</summary>
    public IReadOnlyCollection<StaffTopic> Topics => _topics;

    /// <summary>Tells the staff screens, after the commit, of a change that has no public feed entry (a pending deal, a call).</summary>
    public void Notify(StaffTopic topic) => _topics.Add(topic);

    /// <summary>The time of this change (UTC), from the injected clock.</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Adds a line to the event's audit trail, saved in the same transaction as the change it describes.
    /// <paramref name="action"/> is a stable key (<c>listing.updated</c>) with a text <c>audit.{action}</c> in the resources.
    /// </summary>
    public void Audit(StaffActor actor, string action, string subject, string? details = null) =>
        Db.Audit.Add(AuditTrail.Entry(Event.Id, Now, actor, action, subject, details));

    /// <summary>
    /// Saves what changed so far, then appends a feed entry describing it, with the counters after it. The entry is
    /// saved by the writer with the commit (or by the next save of this transaction).
    /// </summary>
    public async Task AppendAsync<TPayload>(string type, TPayload payload)
    {
        await Db.SaveChangesAsync(CancellationToken);
        var counters = await LiveQueries.CountAsync(Db, Event.Id, CancellationToken);
        _entries.Add(feed.Append(Db, Event, type, payload, counters));
        _topics.Add(TopicOf(type));
    }

    /// <summary>The counters the screens show before this change: what is saved so far in this transaction.</summary>
    public Task<CountersDto> CountAsync() => LiveQueries.CountAsync(Db, Event.Id, CancellationToken);

    /// <summary>
    /// Appends a feed entry whose counters the change worked out itself (from <see cref="CountAsync"/> and what it
    /// changes), without saving first: the change and its entry are written by one save, with the commit. For the
    /// evening's hot path, the announcement.
    /// </summary>
    public void Append<TPayload>(string type, TPayload payload, CountersDto counters)
    {
        _entries.Add(feed.Append(Db, Event, type, payload, counters));
        _topics.Add(TopicOf(type));
    }

    private static StaffTopic TopicOf(string feedType) => feedType.Split('.')[0] switch
    {
        "deal" => StaffTopic.Deals,
        "listing" => StaffTopic.Listings,
        "organization" => StaffTopic.Organizations,
        "message" => StaffTopic.Messages,
        _ => StaffTopic.Event,
    };

    /// <summary>Saves what changed so far (to obtain generated ids) without a feed entry.</summary>
    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);
}
