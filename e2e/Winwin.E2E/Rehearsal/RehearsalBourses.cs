using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
            if (spec.Phase == EventPhase.BeforeOpening)
            {
                await SeedRegistrationsAsync(site, slug);
            }
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

    /// <summary>
    /// Registrations waiting for review, as organisations send them weeks before: one with a long name and twelve long
    /// entries, one that is an organisation already registered under a longer name. Sent once.
    /// </summary>
    private static async Task SeedRegistrationsAsync(LiveSite site, string slug)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        var ev = await db.Events.Include(e => e.Categories).SingleAsync(e => e.Slug == slug);
        if (await db.Registrations.AnyAsync(r => r.EventId == ev.Id))
        {
            return;
        }
        var known = await db.Organizations.Where(o => o.EventId == ev.Id).OrderByDescending(o => o.Name.Length).Select(o => o.Name).FirstAsync();
        var categories = ev.Categories.Where(c => !c.IsRetired).Select(c => c.Id).ToList();
        var service = site.App.Services.GetRequiredService<Winwin.Live.Features.Registrations.RegistrationService>();
        var longText = "Nous pouvons venir avec une équipe de bénévoles expérimentés, le matériel nécessaire et une camionnette, " +
            "un samedi ou un dimanche au choix, pendant toute la journée, et nous occuper aussi du rangement à la fin.";
        var first = new Winwin.Live.Features.Registrations.RegistrationInput(OrganizationKind.Association,
            "Association des parents et amis de l'école communale fondamentale de Saint-Servais — section sport, culture et solidarité",
            "Enseignement et jeunesse", longText, "https://parents-saint-servais.example", "Marie-Christine Vandenbroucke-Van der Straeten",
            "marie-christine.vandenbroucke@parents-saint-servais.example", "+32 478 12 34 56", true, true,
            [.. Enumerable.Range(1, 12).Select(i => new Winwin.Live.Features.Registrations.RegistrationEntryInput(
                i % 2 == 0 ? ListingKind.Request : ListingKind.Offer, categories[i % categories.Count],
                $"Proposition n° {i} : un coup de main pour le montage et le démontage des stands de la kermesse annuelle", longText))]);
        await service.SubmitAsync(slug, first, "fr");
        await service.SubmitAsync(slug, first with
        {
            Name = known.Length > 20 ? known[..20] : known,
            ContactEmail = "contact@deja-inscrite.example",
            Entries = [new(ListingKind.Offer, categories[0], "Deux heures de conseil en communication", null)],
        }, "nl");
    }

    /// <summary>
    /// A party's own link to the last deal of <paramref name="slug"/>: the party with the longest name, as its contact received it
    /// (null when the bourse has no deal).
    /// </summary>
    public static async Task<string> PartyLinkAsync(LiveSite site, string slug)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        var token = await db.DealParties
            .Where(p => db.Deals.Where(d => d.EventId == eventId).OrderByDescending(d => d.Number).Select(d => d.Id).First() == p.DealId)
            .OrderByDescending(p => p.Organization!.Name.Length).Select(p => p.PrivateToken).FirstAsync();
        return $"/m/{token}";
    }

    /// <summary>The private link of the first registration of the bourse before opening, as its organisation received it.</summary>
    public static async Task<string> RegistrationLinkAsync(LiveSite site)
    {
        await using var db = await site.App.DbFactory.CreateDbContextAsync();
        var token = await db.Registrations.Where(r => r.Name.StartsWith("Association des parents")).Select(r => r.PrivateToken).FirstAsync();
        return $"/e/{BeforeOpening}/register/{token}";
    }
}
