using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class RegistrationEntityTypeConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.PrivateToken).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => r.PrivateToken).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.Property(r => r.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(r => r.Sector).HasMaxLength(Organization.SectorMaxLength);
        builder.Property(r => r.Description).HasMaxLength(Organization.DescriptionMaxLength);
        builder.Property(r => r.Website).HasMaxLength(Organization.WebsiteMaxLength);
        builder.Property(r => r.ContactName).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(r => r.ContactEmail).HasMaxLength(Organization.ContactMaxLength);
        builder.Property(r => r.ContactPhone).HasMaxLength(Organization.PhoneMaxLength);
        builder.Property(r => r.Language).HasMaxLength(5).IsRequired();
        builder.Property(r => r.DecidedByName).HasMaxLength(150);
        builder.Property(r => r.RefusalReason).HasMaxLength(Registration.ReasonMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegistrationEntryEntityTypeConfiguration : IEntityTypeConfiguration<RegistrationEntry>
{
    public void Configure(EntityTypeBuilder<RegistrationEntry> builder)
    {
        builder.HasOne<Category>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Title).HasMaxLength(Listing.TitleMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(Listing.DescriptionMaxLength);
    }
}
