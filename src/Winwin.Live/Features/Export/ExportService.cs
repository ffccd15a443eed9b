using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Public;

namespace Winwin.Live.Features.Export;

/// <summary>The exports of an event for staff. Organisations include contact data: staff only.</summary>
public sealed class ExportService(IDbContextFactory<WinwinDbContext> dbFactory, IStringLocalizer<Text> text, TimeZoneInfo zone)
{
    /// <summary>The organisations with their contact details (import column names, so the file can be imported again).</summary>
    public async Task<byte[]?> OrganizationsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await EventIdAsync(db, slug, cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.EventId == eventId).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return CsvExport.Write(
            ["organisation", "organisation_type", "sector", "table", "contact_name", "contact_email", "contact_phone", "present", "website", "description", "notes"],
            organizations.Select(o => (IReadOnlyList<string?>)
                [o.Name, Kind(o.Kind), o.Sector, o.TableNumber, o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPresent ? "1" : "0", o.Website, o.Description, o.Notes]));
    }

    /// <summary>The offers and requests, one per row, in the import format (plus their status).</summary>
    public async Task<byte[]?> ListingsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await EventIdAsync(db, slug, cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == eventId)
            .Include(l => l.Organization).Include(l => l.Category)
            .OrderBy(l => l.Organization!.Name).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return CsvExport.Write(
            ["organisation", "organisation_type", "sector", "table", "listing_type", "category", "title", "description", "status"],
            listings.Select(l => (IReadOnlyList<string?>)
                [l.Organization!.Name, Kind(l.Organization.Kind), l.Organization.Sector, l.Organization.TableNumber,
                 l.Kind == ListingKind.Offer ? "offer" : "request", Category(l.Category!), l.Title, l.Description, text[$"listingStatus.{l.Status}"]]));
    }

    /// <summary>The deals with their parties and what each gives, in the user's language.</summary>
    public async Task<byte[]?> DealsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eventId = await EventIdAsync(db, slug, cancellationToken);
        if (eventId is null)
        {
            return null;
        }
        var deals = await db.Deals.AsNoTracking().AsSplitQuery().Where(d => d.EventId == eventId)
            .Include(d => d.Category).Include(d => d.Parties).ThenInclude(p => p.Organization)
            .OrderBy(d => d.Number).ToListAsync(cancellationToken);
        var maxParties = deals.Count == 0 ? 2 : deals.Max(d => d.Parties.Count);
        var header = new List<string> { text["export.number"], text["export.time"], text["control.category"], text["deal.winWin"], text["control.status"], text["export.recordedBy"] };
        for (var i = 1; i <= maxParties; i++)
        {
            header.Add(string.Format(CultureInfo.CurrentCulture, text["control.party"], i));
            header.Add(string.Format(CultureInfo.CurrentCulture, text["export.gives"], i));
        }
        return CsvExport.Write(header, deals.Select(d =>
        {
            var row = new List<string?>
            {
                d.Number.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTimeFromUtc(d.RecordedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                d.Category is null ? null : Category(d.Category),
                d.IsReciprocal ? text["export.yes"] : text["export.no"],
                text[$"dealStatus.{d.Status}"],
                d.RecordedByName,
            };
            foreach (var party in d.Parties.OrderBy(p => p.Position))
            {
                row.Add(party.Organization!.Name);
                row.Add(party.Gives);
            }
            return (IReadOnlyList<string?>)row;
        }));
    }

    private static Task<int?> EventIdAsync(WinwinDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);

    private static string Kind(OrganizationKind kind) => kind == OrganizationKind.Company ? "company" : "association";

    private string Category(Category category) => category.Name ?? text[$"category.{category.Key}"];
}
