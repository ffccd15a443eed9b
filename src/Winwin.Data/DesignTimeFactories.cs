using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Winwin.Data;

// Used by `dotnet ef` only: each provider keeps its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWinwinDbContext>
{
    public SqliteWinwinDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteWinwinDbContext>()
            .UseSqlite("Data Source=design.db")
            .Options;
        return new SqliteWinwinDbContext(options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWinwinDbContext>
{
    public SqlServerWinwinDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerWinwinDbContext>()
            .UseSqlServer("Server=localhost;Database=winwin;Trusted_Connection=True;TrustServerCertificate=True")
            .Options;
        return new SqlServerWinwinDbContext(options);
    }
}
