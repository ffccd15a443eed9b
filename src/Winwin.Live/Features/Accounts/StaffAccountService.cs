using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Mail;

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
public sealed class StaffAccountService(IServiceScopeFactory scopes, LiveWriter writer, TimeProvider clock, SignInThrottle throttle, StaffSessions sessions, Mailer mailer)
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

    /// <summary>
    /// Creates an account without a password and returns the link with which its owner chooses one. Once saved, the link is
    /// also mailed to the invited address (when e-mail is on), in the inviter's language.
    /// </summary>
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
        // The account, its roles and the audit line commit together: a refused role leaves no account behind.
        var result = await writer.WriteAsync(async tx =>
        {
            var users = tx.Services.GetRequiredService<UserManager<StaffUser>>();
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
                return Refused<AccessLinkDto>(added);
            }
            Audit(tx, actor, "account.invited", user, string.Join(", ", roles));
            return CommandResult.Done(await LinkAsync(users, user, baseUri));
        }, cancellationToken);
        if (result.Succeeded)
        {
            var link = result.Value!;
            mailer.Send(new Letter("invitation", link.Email, name, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                new MailLine("mail.invitation.subject"),
                [new MailLine("mail.hello", name), new MailLine("mail.invitation.body", actor.Name)],
                link.Link,
                [new MailLine("mail.invitation.valid", link.ValidUntil)]));
        }
        return result;
    }

    /// <summary>Who an invitation link is for, while it is valid (not used yet, not replaced by a newer link, not older than a week).</summary>
    public async Task<StaffAccountDto?> FindInvitationAsync(string userId, string token, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId);
        // The link is a password-reset token: it stops working once used, when a newer link is made, or after a week.
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, token))
        {
            return null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new StaffAccountDto(user.Id, user.DisplayName, user.Email ?? "", [], StateOf(user, clock.GetUtcNow()));
    }

    /// <summary>The invited person chooses a password with the link's token; their account is then active, by their own hand in the audit trail.</summary>
    public Task<CommandResult<StaffAccountDto>> AcceptInvitationAsync(string userId, string token, string password, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(async tx =>
        {
            var users = tx.Services.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return CommandResult.NotFound<StaffAccountDto>();
            }
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return Refused<StaffAccountDto>(reset);
            }
            if (!user.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }
            Audit(tx, new StaffActor(user.Id, user.DisplayName), "account.activated", user, null);
            return CommandResult.Done(new StaffAccountDto(user.Id, user.DisplayName, user.Email ?? "", [], StaffAccountState.Active));
        }, cancellationToken);

    /// <summary>
    /// Creates the first coordinator (from the one-time setup link, or from the bootstrap settings), with a password.
    /// The audit line names the new coordinator, or the system when the account comes from the settings.
    /// </summary>
    public Task<CommandResult<StaffAccountDto>> CreateFirstCoordinatorAsync(string email, string displayName, string password, bool fromSettings,
        CancellationToken cancellationToken = default) =>
        writer.WriteAsync(async tx =>
        {
            var users = tx.Services.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            var created = await users.CreateAsync(user, password);
            var added = created.Succeeded ? await users.AddToRoleAsync(user, StaffRoles.Coordinator) : created;
            if (!added.Succeeded)
            {
                return Refused<StaffAccountDto>(added);
            }
            Audit(tx, fromSettings ? StaffActor.System : new StaffActor(user.Id, user.DisplayName), "account.created", user, StaffRoles.Coordinator);
            return CommandResult.Done(new StaffAccountDto(user.Id, user.DisplayName, email, [StaffRoles.Coordinator], StaffAccountState.Active));
        }, cancellationToken);

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
                throttle.Reset(user.Email ?? "");
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
        string? oldStamp = null;
        // The change, the new stamp and the audit line commit together (retried as a whole on SQL Server).
        var result = await writer.WriteAsync(async tx =>
        {
            var users = tx.Services.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return CommandResult.NotFound<AccessLinkDto>();
            }
            if (await change(users, user) is { } refused)
            {
                return refused;
            }
            // Open sessions of this account end with the old stamp. A link is made after the new stamp, which would void it otherwise.
            oldStamp = await users.GetSecurityStampAsync(user);
            await users.UpdateSecurityStampAsync(user);
            var link = linkBase is null ? null : await LinkAsync(users, user, linkBase);
            Audit(tx, actor, action, user, details);
            return CommandResult.Done(link ?? new AccessLinkDto(user.Email ?? "", "", default));
        }, cancellationToken);
        if (result.Succeeded)
        {
            sessions.End(userId, oldStamp);
        }
        return result;
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

    private static void Audit(StaffTransaction tx, StaffActor actor, string action, StaffUser user, string? details) =>
        tx.Audit(actor, null, action, $"{user.DisplayName} <{user.Email}>", details);

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
        CommandResult.Invalid<T>([.. result.Errors.Select(e => new DomainError(AccountErrors.Identity, e.Description, FieldOf(e)))]);

    // Identity's codes name what they refuse: a form marks that field (a bad token concerns none).
    private static string? FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "email",
        _ => null,
    };
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
