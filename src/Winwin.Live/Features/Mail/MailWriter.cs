using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace Winwin.Live.Features.Mail;

/// <summary>
/// Writes a <see cref="Letter"/> as a message with a plain-text and an HTML part, in the recipient's language. The HTML
/// is the text, escaped: no images, no tracking, no external resources, links as they are.
/// </summary>
public sealed class MailWriter(IStringLocalizer<Text> text, TimeZoneInfo zone)
{
    private static readonly string[] Languages = ["fr", "nl", "en"];

    public MimeMessage Write(Letter letter, MailboxAddress from)
    {
        var language = Languages.Contains(letter.Language) ? letter.Language : "fr";
        var culture = CultureInfo.GetCultureInfo(language);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // The resources follow the current UI culture: the letter is written in the recipient's, not the sender's.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var subject = Say(letter.Subject, culture);
            var before = letter.Before.Select(l => Say(l, culture)).ToList();
            var after = (letter.After ?? []).Select(l => Say(l, culture)).ToList();
            var footer = text["mail.footer"].Value;

            var plain = new StringBuilder();
            var html = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head><meta charset=\"utf-8\"><title>{Escape(subject)}</title></head>\n")
                .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;max-width:40em\">\n");
            foreach (var paragraph in before)
            {
                Paragraph(plain, html, paragraph);
            }
            if (letter.Link is { } link)
            {
                plain.Append(link).Append("\n\n");
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Escape(link)}\">{Escape(link)}</a></p>\n");
            }
            foreach (var paragraph in after)
            {
                Paragraph(plain, html, paragraph);
            }
            plain.Append("-- \n").Append(footer).Append('\n');
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#4b5563;font-size:14px\">{Escape(footer)}</p>\n</body>\n</html>\n");

            var message = new MimeMessage { Subject = subject };
            message.From.Add(from);
            message.To.Add(new MailboxAddress(letter.ToName, letter.To));
            message.Headers.Add(HeaderId.ContentLanguage, language);
            message.Body = new BodyBuilder { TextBody = plain.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
            return message;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private string Say(MailLine line, CultureInfo culture)
    {
        var arguments = line.Arguments.Select(a => a is DateTime { Kind: DateTimeKind.Utc } utc ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone) : a).ToArray();
        return string.Format(culture, text[line.Key].Value, arguments);
    }

    private static void Paragraph(StringBuilder plain, StringBuilder html, string paragraph)
    {
        plain.Append(paragraph).Append("\n\n");
        html.Append("<p>").Append(Escape(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
    }

    private static string Escape(string value) => WebUtility.HtmlEncode(value);
}
