using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Winwin.Data;

namespace Winwin.Live.Features.Accounts;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Wrong e-mail address or password, said the same way for both.</summary>
    Failed,

    /// <summary>Too many failed attempts for this address, whether an account has it or not.</summary>
    Throttled,
}

/// <summary>
/// Failed sign-ins per e-mail address, counted the same for addresses that have an account and for those that do not, so
/// that being refused for too many attempts never tells whether an account exists. Kept in memory, per app instance.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, Attempts> _attempts = new(StringComparer.Ordinal);

    /// <summary>As many failures as Identity allows before it locks an account, so that both limits fall together.</summary>
    public int MaxFailures { get; } = configuration.GetValue("Winwin:SignIn:MaxFailures", 5);

    public TimeSpan Window { get; } = TimeSpan.FromMinutes(configuration.GetValue("Winwin:SignIn:WindowMinutes", 5));

    public bool IsThrottled(string email) =>
        _attempts.TryGetValue(Key(email), out var attempts) && attempts.Count(clock.GetUtcNow(), Window) >= MaxFailures;

    public void RecordFailure(string email)
    {
        var now = clock.GetUtcNow();
        if (_attempts.Count > 50_000)
        {
            // Random addresses by the thousand (already slowed by the per-client limit) must not grow memory without end.
            foreach (var (key, old) in _attempts)
            {
                if (old.Count(now, Window) == 0)
                {
                    _attempts.TryRemove(key, out _);
                }
            }
        }
        _attempts.GetOrAdd(Key(email), _ => new Attempts()).Add(now, Window);
    }

    /// <summary>Forgets the failures of this address (a successful sign-in, an unlock by a coordinator).</summary>
    public void Reset(string email) => _attempts.TryRemove(Key(email), out _);

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    private sealed class Attempts
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count(DateTimeOffset now, TimeSpan window)
        {
            lock (_times)
            {
                while (_times.TryPeek(out var first) && first <= now - window)
                {
                    _times.Dequeue();
                }
                return _times.Count;
            }
        }

        public void Add(DateTimeOffset now, TimeSpan window)
        {
            lock (_times)
            {
                _times.Enqueue(now);
                while (_times.Count > 100 || (_times.TryPeek(out var first) && first <= now - window))
                {
                    _times.Dequeue();
                }
            }
        }
    }
}

/// <summary>
/// The one sign-in of both the form and the API: the same answer, after the same work (one password hash check), for an
/// unknown address, a wrong password, a locked or a disabled account.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInThrottle throttle, IPasswordHasher<StaffUser> hasher)
{
    private static readonly StaffUser Nobody = new() { UserName = "nobody", DisplayName = "" };
    private static string? _nobodysHash;

    /// <summary>Signs in with a cookie (persistent or for the browser session), or with a bearer token written as the answer when <paramref name="bearer"/>.</summary>
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool persistent, bool bearer = false)
    {
        email = email.Trim();
        if (throttle.IsThrottled(email))
        {
            CheckAgainstNobody(password);
            return SignInOutcome.Throttled;
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            CheckAgainstNobody(password);
        }
        else
        {
            // The scheme written is this sign-in's alone: later sign-ins of the same request keep the cookie.
            var scheme = signIn.AuthenticationScheme;
            signIn.AuthenticationScheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
            SignInResult result;
            try
            {
                result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
            }
            finally
            {
                signIn.AuthenticationScheme = scheme;
            }
            if (result.Succeeded)
            {
                throttle.Reset(email);
                return SignInOutcome.Succeeded;
            }
            if (result.IsLockedOut || result.IsNotAllowed || user.PasswordHash is null)
            {
                // Identity refused before checking the password: spend the time that a check takes.
                CheckAgainstNobody(password);
            }
        }
        throttle.RecordFailure(email);
        return throttle.IsThrottled(email) ? SignInOutcome.Throttled : SignInOutcome.Failed;
    }

    private void CheckAgainstNobody(string password)
    {
        _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
    }
}
