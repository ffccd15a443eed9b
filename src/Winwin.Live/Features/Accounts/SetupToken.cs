using System.Security.Cryptography;
using System.Text;

namespace Winwin.Live.Features.Accounts;

/// <summary>
/// The one-time link that creates the first coordinator. It exists only while no account exists,
/// lives in memory only, and is printed in the server log (no default password anywhere).
/// </summary>
public sealed class SetupToken : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile string? _token;

    public string Issue() => _token ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public bool IsValid(string? token) =>
        _token is { } current && token is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(token));

    /// <summary>
    /// Runs <paramref name="createAccount"/> for the right token, one caller at a time; the token is
    /// spent only when the account was created, so a refused password can be corrected.
    /// </summary>
    public async Task<bool> TryUseAsync(string? token, Func<Task<bool>> createAccount)
    {
        await _gate.WaitAsync();
        try
        {
            if (!IsValid(token) || !await createAccount())
            {
                return false;
            }
            _token = null;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
