using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class EventEntityTypeConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(Event.SlugMaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(Event.NameMaxLength).IsRequired();
        builder.Property(e => e.Municipality).HasMaxLength(Event.MunicipalityMaxLength).IsRequired();
        builder.Property(e => e.Venue).HasMaxLength(Event.VenueMaxLength).IsRequired();
        builder.Property(e => e.DefaultLanguage).HasMaxLength(2).IsRequired();
        builder.Property(e => e.BoardSecondLanguage).HasMaxLength(2);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.FollowUpClosesAt);
        builder.Ignore(e => e.ContactsEraseAt);
        builder.Ignore(e => e.RegistrationEndsAt);
        builder.Property(e => e.ResultsEmbedSites).HasMaxLength(Event.EmbedSitesMaxLength);
        builder.HasMany(e => e.Categories).WithOne().HasForeignKey(c => c.EventId);
        builder.HasMany(e => e.Organizations).WithOne().HasForeignKey(o => o.EventId);
    }
}
