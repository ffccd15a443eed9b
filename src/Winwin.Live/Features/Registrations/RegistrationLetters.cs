using Winwin.Data;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Features.Registrations;

/// <summary>The e-mails an organisation receives about its registration, in the language it registered in.</summary>
public sealed class RegistrationLetters(Mailer mailer, SiteAddress site)
{
    /// <summary>
    /// Mails the private link to the contact; false when e-mail is off or <c>Winwin:PublicBaseUrl</c> is not set (anyone can
    /// register, so the link is never built from the request's address; the form shows it to copy).
    /// </summary>
    public bool SendPrivateLink(string slug, string eventName, Registration registration, RegistrationReceipt receipt)
    {
        if (!mailer.IsOn || registration.ContactEmail is not { } to || site.Configured() is not { } baseUrl)
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

    /// <summary>
    /// Tells the contact the coordinator's decision (accepted, or refused with the reason). The private link is added when
    /// the site's address is known (always from the API; from a staff screen, with <c>Winwin:PublicBaseUrl</c>).
    /// </summary>
    public bool SendDecision(string slug, string eventName, string token, DateTime changesUntil, StaffRegistration registration)
    {
        if (!mailer.IsOn || registration.ContactEmail is not { } to || registration.Status is not (RegistrationStatus.Accepted or RegistrationStatus.Refused))
        {
            return false;
        }
        var accepted = registration.Status == RegistrationStatus.Accepted;
        var link = site.Current() is { } baseUrl ? $"{baseUrl}/e/{Uri.EscapeDataString(slug)}/register/{token}" : null;
        List<MailLine> before =
        [
            new MailLine("mail.hello", registration.ContactName ?? ""),
            accepted
                ? new MailLine("mail.registration.accepted", registration.Name, eventName)
                : new MailLine("mail.registration.refused", registration.Name, eventName, registration.RefusalReason ?? ""),
        ];
        if (link is not null)
        {
            before.Add(accepted ? new MailLine("mail.registration.acceptedLink") : new MailLine("mail.registration.refusedLink", changesUntil));
        }
        return mailer.Send(new Letter(accepted ? "registration accepted" : "registration refused", to, registration.ContactName, registration.Language,
            new MailLine(accepted ? "mail.registration.acceptedSubject" : "mail.registration.refusedSubject", eventName),
            before, link));
    }
}
