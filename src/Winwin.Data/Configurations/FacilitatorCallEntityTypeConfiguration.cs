using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class FacilitatorCallEntityTypeConfiguration : IEntityTypeConfiguration<FacilitatorCall>
{
    public void Configure(EntityTypeBuilder<FacilitatorCall> builder)
    {
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.AnsweredById).HasMaxLength(450);
        builder.Property(c => c.AnsweredByName).HasMaxLength(150);
        builder.Property(c => c.Device).HasMaxLength(64);
        builder.HasIndex(c => new { c.EventId, c.Status });
        builder.HasIndex(c => new { c.EventId, c.Device });
    }
}
