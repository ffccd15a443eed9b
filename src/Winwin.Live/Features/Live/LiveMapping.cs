using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Features.Live;

/// <summary>Entities to public DTOs: the one place that decides what the public may see.</summary>
public static class LiveMapping
{
    public static CategoryDto ToDto(this Category category) => new(category.Key, category.Name);

    /// <summary>The event with its categories in use (the caller loads them).</summary>
    public static EventDto ToDto(this Event ev) =>
        new(ev.Slug, ev.Name, ev.Municipality, ev.Venue, ev.StartsAt, ev.EndsAt, ev.Phase, ev.DefaultLanguage,
            [.. ev.Categories.Where(c => !c.IsRetired).OrderBy(c => c.SortOrder).Select(c => c.ToDto())], ev.ShowSocialValue, ev.BoardSecondLanguage, ev.BoardBilingualMode);

    public static OrganizationDto ToDto(this Organization o) =>
        new(o.Id, o.Name, o.Kind, o.Sector, o.TableNumber, o.Description, o.Website, o.IsPresent);

    public static ListingDto ToDto(this Listing l) =>
        new(l.Id, l.Kind, l.Category!.ToDto(), l.Title, l.Description, l.Status, l.OrganizationId, l.Organization!.Name, l.Organization.TableNumber)
        {
            CreatedAt = l.CreatedAt,
        };

    /// <summary>The text and when it was posted; never who posted it.</summary>
    public static MessageDto ToDto(this BoardMessage m) => new(m.Id, m.Text, m.CreatedAt);

    public static DealDto ToDto(this Deal d) =>
        new(d.Number, d.RecordedAt, d.IsReciprocal, d.Category?.ToDto(),
            [.. d.Parties.OrderBy(p => p.Position).Select(p => new DealPartyDto(p.OrganizationId, p.Organization!.Name, p.Organization.Kind, p.Organization.TableNumber, p.Gives))],
            [.. d.Fulfils.Select(f => f.ListingId).Order()],
            d.Status);

    /// <summary>Deals with what <see cref="ToDto(Deal)"/> needs: category, parties with their organisation, listings fulfilled.</summary>
    public static IQueryable<Deal> WithDetails(this IQueryable<Deal> deals) =>
        deals.AsNoTracking().AsSplitQuery()
            .Include(d => d.Category)
            .Include(d => d.Parties).ThenInclude(p => p.Organization)
            .Include(d => d.Fulfils);
}
