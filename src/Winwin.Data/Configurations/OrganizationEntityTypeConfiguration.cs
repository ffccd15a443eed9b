using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class OrganizationEntityTypeConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.Sector).HasMaxLength(Organization.SectorMaxLength);
        builder.Property(o => o.TableNumber).HasMaxLength(Organization.TableMaxLength);
        builder.Property(o => o.ContactName).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(o => o.ContactEmail).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(o => o.ContactPhone).HasMaxLength(Organization.PhoneMaxLength);
        builder.Property(o => o.Description).HasMaxLength(Organization.DescriptionMaxLength);
        builder.Property(o => o.Website).HasMaxLength(Organization.WebsiteMaxLength);
        builder.Property(o => o.Notes).HasMaxLength(Organization.NotesMaxLength);
        builder.Property(o => o.Language).HasMaxLength(2);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.EventId, o.Name });
        builder.HasMany(o => o.Listings).WithOne(l => l.Organization).HasForeignKey(l => l.OrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
