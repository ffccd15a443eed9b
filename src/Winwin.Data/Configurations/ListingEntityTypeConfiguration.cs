using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class ListingEntityTypeConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(Listing.TitleMaxLength).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(Listing.DescriptionMaxLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Category).WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.EventId, l.Kind, l.Status });
    }
}
