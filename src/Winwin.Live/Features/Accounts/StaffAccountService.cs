using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Features.Accounts;

public enum StaffAccountState
{
    Active = 0,

    /// <summary>Invited (or access reset): no password until the link is used.</summary>
    Invited = 1,

    Disabled = 2,

    /// <summary>Too many failed sign-ins: locked for a few minutes.</summary>
    LockedOut = 3,
}

public sealed record StaffAccountDto(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, StaffAccountState State);

/// <summary>A link that lets its holder choose a password: sent by the coordinator, never a password in clear.</summary>
public sealed record AccessLinkDto(string Email, string Link, DateTime ValidUntil);

/// <summary>
/// Staff accounts, managed by coordinators: invite by link, reset access, change roles, disable. Each change renews
/// the account's security stamp, so an open session follows within a minute; each is written to the audit trail.
/// </summary>
public sealed class StaffAccountService(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long an invitation or reset link stays valid: coordinators invite days before the event.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    // Identity has no "disabled" flag: a lockout that never ends is one, and is told apart from a few minutes' lockout.
    private static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<StaffAccountDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WinwinDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. users.Select(u => new StaffAccountDto(u.Id, u.DisplayName, u.Email ?? "",
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => StaffRoles.All.ToList().IndexOf(r))],
            StateOf(u, now)))];
    }

    public static StaffAccountState StateOf(StaffUser user, DateTimeOffset now) =>
        user.LockoutEnd >= DisabledUntil ? StaffAccountState.Disabled
        : user.LockoutEnd > now ? StaffAccountState.LockedOut
        : user.PasswordHash is null ? StaffAccountState.Invited
        : StaffAccountState.Active;

    /// <summary>Creates an account without a password and returns the link with which its owner chooses one.</summary>
    public async Task<CommandResult<AccessLinkDto>> InviteAsync(string? displayName, string? email, IReadOnlyCollection<string> roles, StaffActor actor, string baseUri,
        CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        var name = rules.Text("displayName", displayName, 150, required: true);
        var address = rules.Email("email", email, 256);
        if (address is null && rules.IsValid)
        {
            rules.Add(new DomainError(AccountErrors.EmailRequired, Field: "email"));
        }
        CheckRoles(rules, roles);
        if (!rules.IsValid)
        {
            return CommandResult.Invalid<AccessLinkDto>(rules.Errors);
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(address!) is not null)
        {
            return CommandResult.Invalid<AccessLinkDto>(new DomainError(AccountErrors.EmailTaken, address, "email"));
        }
        var user = new StaffUser { UserName = address, Email = address, DisplayName = name!, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Refused<AccessLinkDto>(created);
        }
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return Refused<AccessLinkDto>(added);
        }
        await AuditAsync(scope, actor, "account.invited", user, string.Join(", ", roles), cancellationToken);
        return CommandResult.Done(await LinkAsync(users, user, baseUri));
    }

    /// <summary>
    /// Resets an account's access: its password stops working, every open session ends within a minute, and a new link
    /// lets its owner choose a new password. Also the way to send a lost invitation again.
    /// </summary>
    public Task<CommandResult<AccessLinkDto>> ResetAccessAsync(string userId, StaffActor actor, string baseUri, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, actor, "account.reset", null, async (users, user) =>
        {
            if (await users.HasPasswordAsync(user))
            {
                var removed = await users.RemovePasswordAsync(user);
                if (!removed.Succeeded)
                {
                    return Refused<AccessLinkDto>(removed);
                }
            }
            return null;
        }, cancellationToken, linkBase: baseUri);

    public Task<CommandResult<AccessLinkDto>> SetDisabledAsync(string userId, bool disabled, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, actor, disabled ? "account.disabled" : "account.enabled", null, async (users, user) =>
        {
            if (disabled && await IsSelfOrLastCoordinatorAsync(users, user, actor) is { } refused)
            {
                return refused;
            }
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, disabled ? DisabledUntil : null);
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }, cancellationToken);

    /// <summary>Ends a lockout after failed sign-ins before its few minutes are over.</summary>
    public Task<CommandResult<AccessLinkDto>> UnlockAsync(string userId, StaffActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, actor, "account.unlocked", null, async (users, user) =>
        {
            if (user.LockoutEnd < DisabledUntil)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }
            return null;
        }, cancellationToken);

    public Task<CommandResult<AccessLinkDto>> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var rules = new FieldRules();
        CheckRoles(rules, roles);
        if (!rules.IsValid)
        {
            return Task.FromResult(CommandResult.Invalid<AccessLinkDto>(rules.Errors));
        }
        return ChangeAsync(userId, actor, "account.roles", string.Join(", ", roles), async (users, user) =>
        {
            var current = await users.GetRolesAsync(user);
            if (current.Contains(StaffRoles.Coordinator) && !roles.Contains(StaffRoles.Coordinator)
                && await IsSelfOrLastCoordinatorAsync(users, user, actor) is { } refused)
            {
                return refused;
            }
            var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
            var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
            return added.Succeeded ? null : Refused<AccessLinkDto>(added);
        }, cancellationToken);
    }

    private async Task<CommandResult<AccessLinkDto>> ChangeAsync(string userId, StaffActor actor, string action, string? details,
        Func<UserManager<StaffUser>, StaffUser, Task<CommandResult<AccessLinkDto>?>> change, CancellationToken cancellationToken, string? linkBase = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<WinwinDbContext>();
        // The change, the new stamp and the audit line commit together (retried as a whole on SQL Server).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return CommandResult.NotFound<AccessLinkDto>();
            }
            if (await change(users, user) is { } refused)
            {
                return refused;
            }
            // Open sessions of this account are re-checked against the stamp every minute. A link is made after the new
            // stamp, which would void it otherwise.
            await users.UpdateSecurityStampAsync(user);
            var link = linkBase is null ? null : await LinkAsync(users, user, linkBase);
            await AuditAsync(scope, actor, action, user, details, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Done(link ?? new AccessLinkDto(user.Email ?? "", "", default));
        });
    }

    private static async Task<CommandResult<AccessLinkDto>?> IsSelfOrLastCoordinatorAsync(UserManager<StaffUser> users, StaffUser user, StaffActor actor)
    {
        if (user.Id == actor.UserId)
        {
            return CommandResult.Invalid<AccessLinkDto>(new DomainError(AccountErrors.NotYourself));
        }
        var coordinators = await users.GetUsersInRoleAsync(StaffRoles.Coordinator);
        var others = coordinators.Count(c => c.Id != user.Id && !(c.LockoutEnd >= DisabledUntil));
        return others == 0 ? CommandResult.Invalid<AccessLinkDto>(new DomainError(AccountErrors.LastCoordinator)) : null;
    }

    private async Task<AccessLinkDto> LinkAsync(UserManager<StaffUser> users, StaffUser user, string baseUri)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{baseUri.TrimEnd('/')}/account/invite?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        return new AccessLinkDto(user.Email ?? "", link, clock.GetUtcNow().UtcDateTime + LinkLifetime);
    }

    private async Task AuditAsync(AsyncServiceScope scope, StaffActor actor, string action, StaffUser user, string? details, CancellationToken cancellationToken)
    {
        var db = scope.ServiceProvider.GetRequiredService<WinwinDbContext>();
        db.Audit.Add(AuditTrail.Entry(null, clock.GetUtcNow().UtcDateTime, actor, action, $"{user.DisplayName} <{user.Email}>", details));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void CheckRoles(FieldRules rules, IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0)
        {
            rules.Add(new DomainError(AccountErrors.NoRole, Field: "roles"));
        }
        else if (roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } unknown)
        {
            rules.Add(new DomainError(AccountErrors.UnknownRole, unknown, "roles"));
        }
    }

    private static CommandResult<T> Refused<T>(IdentityResult result) =>
        CommandResult.Invalid<T>([.. result.Errors.Select(e => new DomainError(AccountErrors.Identity, e.Description))]);
}

/// <summary>Codes of the errors of account management; texts <c>error.{code}</c>.</summary>
public static class AccountErrors
{
    public const string EmailRequired = "account.emailRequired";
    public const string EmailTaken = "account.emailTaken";
    public const string NoRole = "account.noRole";
    public const string UnknownRole = "account.unknownRole";
    public const string NotYourself = "account.notYourself";
    public const string LastCoordinator = "account.lastCoordinator";

    /// <summary>A message already localised by Identity (password rules and the like), passed on as is.</summary>
    public const string Identity = "account.identity";
}
