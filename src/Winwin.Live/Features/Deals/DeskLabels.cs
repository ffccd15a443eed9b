using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Winwin.Data;

namespace Winwin.Live.Features.Deals;

/// <summary>The words of the browser desk's script, in the language of the page that carries them.</summary>
public static class DeskLabels
{
    private static readonly string[] Keys =
    [
        "desk.online", "desk.offline", "desk.connecting", "desk.waitingOne", "desk.waitingMany", "desk.toFixOne", "desk.toFixMany",
        "desk.stateWaiting", "desk.stateSending", "desk.stateRefused", "desk.stateSignIn", "desk.signIn", "desk.discardConfirm",
        "desk.kept", "desk.refusedOnArrival", "desk.chooseFromList", "desk.noMatch", "desk.alreadyParty", "desk.partyProblem",
        "desk.offers", "desk.correctNeedsNetwork", "desk.noData", "desk.checkedWhenSent", "desk.sentLater", "desk.correcting",
        "desk.loadedForFix", "desk.dealGone", "desk.characters", "desk.unknownOrganization", "desk.newListingNeedsNetwork", "listing.added",
        "control.party", "control.announce", "control.submitForRatification", "control.saveCorrection", "control.announced",
        "control.submitted", "control.corrected", "control.retracted", "control.retractTitle", "control.removeParty", "control.givesOffer",
        "control.dealForm", "deal.number", "deal.winWin", "deal.oneWay", "deal.receives", "deal.gives", "organization.table",
        "error.deal.tooFewParties", "error.deal.nothingGiven", "error.deal.duplicateParty", "error.conflict", "desk.unexpected",
        "call.waitingSince", "call.onTheWayBy", "call.queueEmpty", "party.answer.Confirmed", "party.answer.Disputed",
    ];

    public static Dictionary<string, object> For(IStringLocalizer<Text> text)
    {
        var labels = Keys.ToDictionary(k => k, k => (object)text[k].Value);
        labels["lang"] = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        labels["kinds"] = new Dictionary<string, string>
        {
            ["company"] = text["organization.Company"],
            ["association"] = text["organization.Association"],
            ["offer"] = text["listing.Offer"],
            ["request"] = text["listing.Request"],
        };
        labels["statuses"] = Enum.GetValues<DealStatus>().ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), s => text[$"dealStatus.{s}"].Value);
        return labels;
    }
}
