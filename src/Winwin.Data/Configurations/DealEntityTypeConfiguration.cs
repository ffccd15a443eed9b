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
        builder.HasMany(d => d.History).WithOne().HasForeignKey(h => h.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.EstimatedValue).HasPrecision(12, 2);
        builder.Property(d => d.PrivateToken).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => d.PrivateToken).IsUnique();
        builder.Property(d => d.StatusReason).HasMaxLength(Deal.ReasonMaxLength);
        builder.HasIndex(d => new { d.EventId, d.Status });
        builder.Property(d => d.FollowUpNotes).HasMaxLength(Deal.FollowUpNotesMaxLength);
        builder.Property(d => d.FollowUpById).HasMaxLength(450);
        builder.Property(d => d.FollowUpByName).HasMaxLength(150);
    }
}

internal sealed class DealHistoryEntryEntityTypeConfiguration : IEntityTypeConfiguration<DealHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DealHistoryEntry> builder)
    {
        builder.Property(h => h.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.ActorName).HasMaxLength(150).IsRequired();
        builder.Property(h => h.Detail).HasMaxLength(DealHistoryEntry.DetailMaxLength);
    }
}

internal sealed class DealPartyEntityTypeConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> builder)
    {
        builder.Property(p => p.Gives).HasMaxLength(Deal.GivesMaxLength);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.DealId, p.OrganizationId }).IsUnique();
        builder.Property(p => p.PrivateToken).HasMaxLength(32).IsRequired();
        builder.HasIndex(p => p.PrivateToken).IsUnique();
        builder.Property(p => p.AnswerNote).HasMaxLength(DealParty.NoteMaxLength);
        builder.Property(p => p.ReportedNote).HasMaxLength(Deal.FollowUpNotesMaxLength);
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
