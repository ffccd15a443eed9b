using Microsoft.EntityFrameworkCore;

namespace Winwin.Data;

/// <summary>Brings the database to the current model at start-up.</summary>
public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL. Returns the SQLite journal mode, or null.</summary>
    public static async Task<string?> MigrateAsync(WinwinDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return null;
        }
        // WAL lets readers (hundreds of phones) go on while one facilitator writes; it persists in the file.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
