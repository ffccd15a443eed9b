using Winwin.Data;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Features.Registrations;

/// <summary>The e-mails an organisation receives about its registration, in the language it registered in.</summary>
public sealed class RegistrationLetters(Mailer mailer, SiteAddress site)
{
    /// <summary>Mails the private link to the contact; false when e-mail is off or the site's address is unknown.</summary>
    public bool SendPrivateLink(string slug, string eventName, Registration registration, RegistrationReceipt receipt)
    {
        if (!mailer.IsOn || registration.ContactEmail is not { } to || site.Current() is not { } baseUrl)
        {
            return false;
        }
        var link = $"{baseUrl}/e/{Uri.EscapeDataString(slug)}/register/{receipt.Token}";
        return mailer.Send(new Letter("registration", to, registration.ContactName, registration.Language,
            new MailLine("mail.registration.subject", eventName),
            [
                new MailLine("mail.hello", registration.ContactName ?? ""),
                new MailLine("mail.registration.received", registration.Name, eventName),
                new MailLine("mail.registration.link", receipt.ChangesUntil),
            ],
            link,
            [new MailLine("mail.registration.keep")]));
    }
}
