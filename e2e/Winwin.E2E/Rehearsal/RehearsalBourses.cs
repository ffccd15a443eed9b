using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Storage;

namespace Winwin.E2E.Rehearsal;

/// <summary>
/// The big bourses of the dress rehearsal, seeded once on the site: one per phase (the open one with a message up),
/// each with 160 organisations with long real-world names, 500 offers and requests and three-party deals whose parties
/// give 300 characters; and a very big one (1,000 organisations, 3,000 offers and requests) to weigh the phone.
/// </summary>
public static class RehearsalBourses
{
    public const string Open = "repetition";
    public const string BeforeOpening = "repetition-avant";
    public const string LastCall = "repetition-dernier-appel";
    public const string Closed = "repetition-terminee";
    public const string Huge = "repetition-geante";

    public sealed record Spec(int Organizations, int Listings, int Deals, EventPhase Phase, TimeSpan? StartsIn = null);

    public static readonly IReadOnlyDictionary<string, Spec> Specs = new Dictionary<string, Spec>
    {
        [Open] = new(160, 500, 24, EventPhase.Open),
        [BeforeOpening] = new(160, 500, 0, EventPhase.BeforeOpening, TimeSpan.FromDays(3)),
        [LastCall] = new(160, 500, 24, EventPhase.LastCall),
        [Closed] = new(160, 500, 24, EventPhase.Closed),
        [Huge] = new(1000, 3000, 24, EventPhase.Open),
    };

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Seeds the bourse on the site unless it is there.</summary>
    public static async Task EnsureAsync(LiveSite site, string slug)
    {
        await Gate.WaitAsync();
        try
        {
            var spec = Specs[slug];
            await StorageSetup.SeedRehearsalAsync(site.App.Services, slug, spec.Organizations, spec.Listings, spec.Deals, spec.Phase, spec.StartsIn);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The organisation with the longest name, and the private match-form link of the last deal (three parties).</summary>
    public static async Task<(int LongestNamed, string? LastDealToken)> FactsAsync(LiveSite site, string slug)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        var longest = await db.Organizations.Where(o => o.EventId == eventId).OrderByDescending(o => o.Name.Length).Select(o => o.Id).FirstAsync();
        var token = await db.Deals.Where(d => d.EventId == eventId).OrderByDescending(d => d.Number).Select(d => d.PrivateToken).FirstOrDefaultAsync();
        return (longest, token);
    }
}
