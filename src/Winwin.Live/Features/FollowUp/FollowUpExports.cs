using System.Globalization;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Export;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Features.FollowUp;

/// <summary>The follow-up's files for Excel: the call sheet and the requests left open. Contact data: coordinators only.</summary>
public sealed class FollowUpExports(FollowUpQueries queries, IStringLocalizer<Text> text, TimeZoneInfo zone, SiteAddress site)
{
    /// <summary>
    /// One row per party to phone, for the deals still to follow up (not finished), due and overdue first;
    /// an empty "result" column to write in during the calls. Each party's own link is there to pass on (by text message, or
    /// read out), for the party to say itself how it went; what a party already said has its column.
    /// </summary>
    public async Task<byte[]?> CallSheetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var board = await queries.GetBoardAsync(slug, cancellationToken);
        if (board is null)
        {
            return null;
        }
        string[] header =
        [
            text["followup.column.deal"], text["followup.column.due"], text["followup.column.dueDate"], text["followup.column.step"],
            text["followup.column.status"], text["control.category"], text["control.organization"], text["control.kind"], text["organization.table"],
            text["control.contact"], text["control.email"], text["control.phone"], text["followup.column.gives"], text["followup.column.otherParties"],
            text["followup.column.notes"], text["followup.column.partySaid"], text["followup.column.partyLink"], text["followup.column.result"],
        ];
        var baseUrl = site.Current() ?? "";
        var rows = board.Items.Where(i => i.Due is not (DueState.Finished or DueState.Closed))
            .SelectMany(item => item.Parties.Select(party => (IReadOnlyList<string?>)
            [
                item.Number.ToString(CultureInfo.InvariantCulture),
                text[$"followup.due.{item.Due}"],
                item.DueAt is { } dueAt ? Day(dueAt) : null,
                text[$"followup.step.{item.Step}"],
                text[$"followup.status.{item.Status}"],
                Category(item.Category),
                party.Name,
                text[$"organization.{party.Kind}"],
                party.Table,
                party.ContactsErased ? text["followup.erased"] : party.DeclinesFollowUp ? text["followup.declined"] : party.ContactName,
                party.ContactsErased ? text["followup.erased"] : party.DeclinesFollowUp ? text["followup.declined"] : party.ContactEmail,
                party.ContactsErased ? text["followup.erased"] : party.DeclinesFollowUp ? text["followup.declined"] : party.ContactPhone,
                party.Gives,
                string.Join(", ", item.Parties.Where(p => p.OrganizationId != party.OrganizationId).Select(p => p.Name)),
                item.Notes,
                PartySaid(party),
                $"{baseUrl}/m/{party.Token}",
                null,
            ]));
        return CsvExport.Write(header, rows);
    }

    /// <summary>
    /// The requests nobody answered at the event, in the import format (so that another platform or another bourse
    /// can take them over). Erased contacts leave their cells empty and say so in the last column.
    /// </summary>
    public async Task<byte[]?> OpenRequestsAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await queries.GetOpenRequestsAsync(slug, cancellationToken);
        if (found is not { } open)
        {
            return null;
        }
        var eventErased = open.Settings.ContactsErasedAt is not null;
        return CsvExport.Write(
            ["organisation", "organisation_type", "sector", "table", "contact_name", "contact_email", "contact_phone", "website",
             "listing_type", "category", "title", "description", "contacts_erased"],
            open.Requests.Select(l =>
            {
                var o = l.Organization!;
                var erased = eventErased || o.ContactsErasedAt is not null;
                return (IReadOnlyList<string?>)
                [
                    o.Name, o.Kind == OrganizationKind.Company ? "company" : "association", o.Sector, o.TableNumber,
                    erased ? null : o.ContactName, erased ? null : o.ContactEmail, erased ? null : o.ContactPhone, o.Website,
                    "request", Category(l.Category!.ToDto()), l.Title, l.Description, erased ? "1" : "0",
                ];
            }));
    }

    private string? PartySaid(FollowUpParty party)
    {
        var said = new List<string>();
        if (party.Answer != PartyAnswer.None)
        {
            said.Add(text[$"party.answer.{party.Answer}"] + (party.AnswerNote is { } note ? $" ({note})" : ""));
        }
        if (party.Reported is { } reported)
        {
            said.Add(text[$"followup.status.{reported}"] + (party.ReportedNote is { } note ? $" ({note})" : ""));
        }
        return said.Count == 0 ? null : string.Join(" · ", said);
    }

    private string Day(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? Category(CategoryDto? category) => category is null ? null : category.Name ?? text[$"category.{category.Key}"];
}
