using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class BoardMessageEntityTypeConfiguration : IEntityTypeConfiguration<BoardMessage>
{
    public void Configure(EntityTypeBuilder<BoardMessage> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(BoardMessage.TextMaxLength).IsRequired();
        builder.Property(m => m.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(m => m.CreatedByName).HasMaxLength(150).IsRequired();
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EventId, m.RemovedAt });
    }
}
