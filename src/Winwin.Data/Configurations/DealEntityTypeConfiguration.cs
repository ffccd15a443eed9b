using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class DealEntityTypeConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.EventId, d.Number }).IsUnique();
        // The idempotency key: a retried submission cannot create a second deal.
        builder.HasIndex(d => new { d.EventId, d.IdempotencyKey }).IsUnique();
        builder.HasIndex(d => new { d.EventId, d.RecordedAt });
        builder.Property(d => d.RecordedById).HasMaxLength(450).IsRequired();
        builder.Property(d => d.RecordedByName).HasMaxLength(150).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne(d => d.Category).WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Fulfils).WithOne().HasForeignKey(l => l.DealId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DealPartyEntityTypeConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> builder)
    {
        builder.Property(p => p.Gives).HasMaxLength(Deal.GivesMaxLength);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.DealId, p.OrganizationId }).IsUnique();
    }
}

internal sealed class DealListingEntityTypeConfiguration : IEntityTypeConfiguration<DealListing>
{
    public void Configure(EntityTypeBuilder<DealListing> builder)
    {
        builder.HasKey(l => new { l.DealId, l.ListingId });
        builder.HasOne(l => l.Listing).WithMany().HasForeignKey(l => l.ListingId).OnDelete(DeleteBehavior.Restrict);
    }
}
