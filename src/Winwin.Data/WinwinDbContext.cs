using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Winwin.Data;

/// <summary>
/// The model shared by both providers. Each provider has a thin subclass with its own
/// migrations: <see cref="SqliteWinwinDbContext"/> and <see cref="SqlServerWinwinDbContext"/>.
/// </summary>
public class WinwinDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<DealParty> DealParties => Set<DealParty>();
    public DbSet<DealListing> DealListings => Set<DealListing>();
    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();
    public DbSet<DealHistoryEntry> DealHistory => Set<DealHistoryEntry>();
    public DbSet<BoardMessage> Messages => Set<BoardMessage>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<FacilitatorCall> FacilitatorCalls => Set<FacilitatorCall>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<RegistrationEntry> RegistrationEntries => Set<RegistrationEntry>();

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WinwinDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC DateTime (SQLite cannot order DateTimeOffset) and read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The model on SQLite, the embedded default.</summary>
public sealed class SqliteWinwinDbContext(DbContextOptions<SqliteWinwinDbContext> options) : WinwinDbContext(options);

/// <summary>The model on SQL Server, for production.</summary>
public sealed class SqlServerWinwinDbContext(DbContextOptions<SqlServerWinwinDbContext> options) : WinwinDbContext(options);
