using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Winwin.Data.Configurations;

internal sealed class CategoryEntityTypeConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        builder.HasIndex(c => new { c.EventId, c.Key }).IsUnique();
        builder.Property(c => c.DefaultValue).HasPrecision(12, 2);
    }
}
