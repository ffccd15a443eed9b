using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Winwin.Data;

/// <summary>Which database Winwin Live keeps its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the model on the chosen provider: <see cref="IDbContextFactory{WinwinDbContext}"/>
    /// for application services and a scoped <see cref="WinwinDbContext"/> for ASP.NET Core Identity.
    /// </summary>
    public static IServiceCollection AddWinwinData(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => services.AddWinwinContext<SqliteWinwinDbContext>(o => ConfigureSqlite(o, connectionString)),
            DatabaseProvider.SqlServer => services.AddWinwinContext<SqlServerWinwinDbContext>(o => ConfigureSqlServer(o, connectionString)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        // Waiting for the single SQLite writer is better than an error shown to a facilitator.
        builder.DefaultTimeout = 30;
        options.UseSqlite(builder.ToString());
    }

    internal static void ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());

    private static IServiceCollection AddWinwinContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : WinwinDbContext
    {
        services.AddDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<WinwinDbContext>, WinwinContextFactory<TContext>>();
        services.AddScoped<WinwinDbContext>(sp => sp.GetRequiredService<TContext>());
        return services;
    }

    private sealed class WinwinContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<WinwinDbContext>
        where TContext : WinwinDbContext
    {
        public WinwinDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
