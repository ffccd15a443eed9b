using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Winwin.Live.Features.Accounts;

/// <summary>Account errors (password rules, duplicate e-mail) in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Text> text) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] args) => new()
    {
        Code = code,
        Description = string.Format(CultureInfo.CurrentCulture, text[$"identity.{code}"], args),
    };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail), userName ?? "");
}
