using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class ChangeFeedEntryEntityTypeConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> builder)
    {
        // The key itself guarantees one entry per (event, Seq): no gap can be filled twice.
        builder.HasKey(e => new { e.EventId, e.Seq });
        builder.Property(e => e.Seq).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Payload).IsRequired();
        builder.Property(e => e.Counters).IsRequired();
        builder.HasOne<Event>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
