using System.Globalization;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Export;

namespace Winwin.Live.Features.Report;

/// <summary>
/// The report's figures for Excel, in long form (section; label; value) so that a pivot table can regroup them:
/// rates in percent, values in euros, numbers in the reader's format.
/// </summary>
public sealed class ReportCsv(IStringLocalizer<Text> text, TimeZoneInfo zone)
{
    public byte[] Write(ReportView view)
    {
        var r = view.Report;
        var rows = new List<IReadOnlyList<string?>>();
        void Add(string section, string? label, string value) => rows.Add([section, label, value]);
        var key = text["report.section.keyFigures"];
        Add(key, text["report.organizations"], Number(r.Organizations));
        Add(key, text["report.companies"], Number(r.Companies));
        Add(key, text["report.associations"], Number(r.Associations));
        Add(key, text["report.organizationsInDeals"], Number(r.OrganizationsInDeals));
        Add(key, text["report.offers"], Number(r.Offers));
        Add(key, text["report.requests"], Number(r.Requests));
        Add(key, text["report.requestsFulfilled"], Number(r.RequestsFulfilled));
        Add(key, text["report.deals"], Number(r.Deals));
        Add(key, text["report.winWinDeals"], Number(r.WinWinDeals));
        Add(key, text["report.reciprocityRate"] + " (%)", Percent(r.ReciprocityRate));
        Add(key, text["report.socialValue"] + " (€)", Number(r.SocialValue));
        var followUp = text["report.section.followUp"];
        Add(followUp, text["report.followedUp"], Number(r.FollowUp.FollowedUp));
        Add(followUp, text["report.realised"], Number(r.FollowUp.Realised));
        Add(followUp, text["report.realisationRate"] + " (%)", Percent(r.FollowUp.RealisationRate));
        Add(followUp, text["report.realisedValue"] + " (€)", Number(r.FollowUp.RealisedValue));
        foreach (var status in Enum.GetValues<FollowUpStatus>())
        {
            Add(followUp, text[$"followup.status.{status}"], Number(r.FollowUp[status]));
        }
        foreach (var count in r.ByCategory)
        {
            Add(text["report.section.byCategory"], count.Label ?? text["report.notGiven"], Number(count.Count));
        }
        foreach (var count in r.BySector)
        {
            Add(text["report.section.bySector"], count.Label ?? text["report.notGiven"], Number(count.Count));
        }
        foreach (var slot in r.Timeline)
        {
            Add(text["report.section.timeline"], TimeZoneInfo.ConvertTimeFromUtc(slot.From, zone).ToString("HH:mm", CultureInfo.InvariantCulture), Number(slot.Count));
        }
        foreach (var contributor in r.TopContributors)
        {
            Add(text["report.section.topContributors"], contributor.Name, Number(contributor.Deals));
        }
        foreach (var edition in view.Editions)
        {
            var section = $"{text["report.editions"]} · {edition.Name} ({TimeZoneInfo.ConvertTimeFromUtc(edition.StartsAt, zone):yyyy-MM-dd})";
            Add(section, text["report.organizations"], Number(edition.Organizations));
            Add(section, text["report.offers"], Number(edition.Offers));
            Add(section, text["report.requests"], Number(edition.Requests));
            Add(section, text["report.deals"], Number(edition.Deals));
            Add(section, text["report.reciprocityRate"] + " (%)", Percent(edition.ReciprocityRate));
            Add(section, text["report.realisationRate"] + " (%)", Percent(edition.RealisationRate));
            Add(section, text["report.socialValue"] + " (€)", Number(edition.SocialValue));
        }
        return CsvExport.Write([text["report.column.section"], text["report.column.figure"], text["report.column.value"]], rows);
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    private static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.##", CultureInfo.CurrentCulture) : "";
}
