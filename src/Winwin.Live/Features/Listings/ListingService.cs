using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Listings;

/// <summary>What a coordinator or facilitator types for an offer or a request.</summary>
/// <param name="ConfirmMoneyMentions">
/// The person saw the no-money rule's warning (error <c>money.confirm</c>) and confirms no money changes hands.
/// </param>
public sealed record ListingInput(int OrganizationId, ListingKind Kind, int CategoryId, string? Title, string? Description, bool ConfirmMoneyMentions = false);

/// <summary>Offers and requests: checked (including the no-money rule), saved and pushed live to the screens.</summary>
public sealed class ListingService(LiveWriter writer, TimeProvider time)
{
    public Task<CommandResult<ListingDto>> CreateAsync(string slug, ListingInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules { MoneyMentionsConfirmed = input.ConfirmMoneyMentions, CancellationToken = cancellationToken };
        var (title, description) = Listing.Check(rules, input.Title, input.Description);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<ListingDto>(rules.Errors));
        }
        return writer.WriteAsync(slug, async tx =>
        {
            var refused = await CheckReferencesAsync(tx, input);
            if (refused is not null)
            {
                return CommandResult.Invalid<ListingDto>(refused);
            }
            var listing = new Listing
            {
                EventId = tx.Event.Id,
                OrganizationId = input.OrganizationId,
                Kind = input.Kind,
                CategoryId = input.CategoryId,
                Title = title!,
                Description = description,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            tx.Db.Listings.Add(listing);
            tx.Audit(actor, "listing.created", listing.Title);
            return await PublishAsync(tx, listing);
        }, cancellationToken);
    }

    /// <summary>Changes a listing; <paramref name="version"/> is the one the editor saw, so a concurrent edit is reported, not overwritten.</summary>
    public Task<CommandResult<ListingDto>> UpdateAsync(string slug, int listingId, Guid version, ListingInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules { MoneyMentionsConfirmed = input.ConfirmMoneyMentions, CancellationToken = cancellationToken };
        var (title, description) = Listing.Check(rules, input.Title, input.Description);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<ListingDto>(rules.Errors));
        }
        return ChangeAsync(slug, listingId, version, actor, "listing.updated", async (tx, listing) =>
        {
            if (await CheckReferencesAsync(tx, input) is { } refused)
            {
                return refused;
            }
            listing.OrganizationId = input.OrganizationId;
            listing.Kind = input.Kind;
            listing.CategoryId = input.CategoryId;
            listing.Title = title!;
            listing.Description = description;
            return null;
        }, cancellationToken);
    }

    public Task<CommandResult<ListingDto>> SetStatusAsync(string slug, int listingId, Guid version, ListingStatus status, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(slug, listingId, version, actor, "listing.status", (_, listing) =>
        {
            listing.Status = status;
            return Task.FromResult<DomainError?>(null);
        }, cancellationToken);

    private Task<CommandResult<ListingDto>> ChangeAsync(string slug, int listingId, Guid version, StaffActor actor, string action,
        Func<LiveTransaction, Listing, Task<DomainError?>> change, CancellationToken cancellationToken) =>
        writer.WriteAsync(slug, async tx =>
        {
            var listing = await tx.Db.Listings.SingleOrDefaultAsync(l => l.Id == listingId && l.EventId == tx.Event.Id, tx.CancellationToken);
            if (listing is null)
            {
                return CommandResult.NotFound<ListingDto>();
            }
            if (listing.Version != version)
            {
                return CommandResult.Invalid<ListingDto>(new DomainError(LiveErrors.Conflict));
            }
            if (await change(tx, listing) is { } refused)
            {
                return CommandResult.Invalid<ListingDto>(refused);
            }
            tx.Audit(actor, action, listing.Title, action == "listing.status" ? listing.Status.ToString() : null);
            listing.Version = Guid.NewGuid();
            listing.UpdatedAt = time.GetUtcNow().UtcDateTime;
            return await PublishAsync(tx, listing);
        }, cancellationToken);

    private static async Task<CommandResult<ListingDto>> PublishAsync(LiveTransaction tx, Listing listing)
    {
        await tx.SaveAsync();
        await tx.Db.Entry(listing).Reference(l => l.Organization).LoadAsync(tx.CancellationToken);
        await tx.Db.Entry(listing).Reference(l => l.Category).LoadAsync(tx.CancellationToken);
        var dto = listing.ToDto();
        await tx.AppendAsync(FeedTypes.ListingUpserted, dto);
        return CommandResult.Done(dto);
    }

    private static async Task<DomainError?> CheckReferencesAsync(LiveTransaction tx, ListingInput input)
    {
        if (!await tx.Db.Organizations.AnyAsync(o => o.Id == input.OrganizationId && o.EventId == tx.Event.Id, tx.CancellationToken))
        {
            return new DomainError(LiveErrors.UnknownOrganization, Field: "organizationId");
        }
        if (!await tx.Db.Categories.AnyAsync(c => c.Id == input.CategoryId && c.EventId == tx.Event.Id && !c.IsRetired, tx.CancellationToken))
        {
            return new DomainError(LiveErrors.UnknownCategory, Field: "categoryId");
        }
        return null;
    }
}
