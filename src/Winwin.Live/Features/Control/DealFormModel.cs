using Winwin.Data;
using Winwin.Live.Features.Deals;

namespace Winwin.Live.Features.Control;

/// <summary>The state of the deal form, kept apart from the component so that it can be tested without rendering.</summary>
public sealed class DealFormModel
{
    public Guid IdempotencyKey { get; private set; } = Guid.NewGuid();

    public List<DealFormParty> Parties { get; } = [new(), new()];

    public IReadOnlyCollection<int> Fulfils { get; set; } = [];

    public int? CategoryId { get; set; }

    /// <summary>Estimated social value in euros; suggested from the category until the facilitator types one.</summary>
    public decimal? EstimatedValue { get; set; }

    // The listings a deal under correction already fulfils: they stay choosable although no longer open.
    private IReadOnlyCollection<int> _ownFulfils = [];

    /// <summary>Whether the value was typed (then a category change no longer replaces it).</summary>
    public bool ValueTyped { get; set; }

    private IEnumerable<DealFormParty> Chosen => Parties.Where(p => p.Organization is not null);

    /// <summary>Two different organisations are chosen: from then on the form says whether the deal is win-win.</summary>
    public bool HasParties => Chosen.Select(p => p.Organization!.Id).Distinct().Count() >= 2;

    /// <summary>Every chosen party gives something: shown as "win-win" while the facilitator types.</summary>
    public bool IsReciprocal => Chosen.Count() >= 2 && Deal.AreReciprocal(Chosen.Select(p => p.Gives));

    public bool CanSubmit => HasParties && Chosen.Any(p => !string.IsNullOrWhiteSpace(p.Gives));

    public void AddParty()
    {
        if (Parties.Count < Deal.MaxParties)
        {
            Parties.Add(new DealFormParty());
        }
    }

    public void RemoveParty(DealFormParty party)
    {
        if (Parties.Count > 2)
        {
            Parties.Remove(party);
        }
    }

    /// <summary>The open offers and requests of the chosen parties: what this deal may fulfil.</summary>
    public IEnumerable<StaffListing> Candidates(IEnumerable<StaffListing> listings)
    {
        var ids = Chosen.Select(p => p.Organization!.Id).ToHashSet();
        return listings.Where(l => (l.Status == ListingStatus.Open || _ownFulfils.Contains(l.Id)) && ids.Contains(l.OrganizationId));
    }

    /// <summary>Picks a category and, unless a value was typed, suggests that category's default value.</summary>
    public void ChooseCategory(int? categoryId, IEnumerable<StaffCategory> categories)
    {
        CategoryId = categoryId;
        if (!ValueTyped)
        {
            EstimatedValue = categories.FirstOrDefault(c => c.Id == categoryId)?.DefaultValue;
        }
    }

    /// <summary>Fills what a party gives from one of its offers, and marks the offer as fulfilled by this deal.</summary>
    public void GiveOffer(DealFormParty party, StaffListing offer)
    {
        party.Gives = offer.Title;
        Fulfils = [.. Fulfils.Append(offer.Id).Distinct()];
        if (CategoryId is null)
        {
            CategoryId = offer.CategoryId;
        }
    }

    /// <summary>A form filled from a recorded deal, for its correction.</summary>
    public static DealFormModel From(StaffDeal deal, IEnumerable<StaffOrganization> organizations)
    {
        var byId = organizations.ToDictionary(o => o.Id);
        var model = new DealFormModel
        {
            CategoryId = deal.CategoryId,
            EstimatedValue = deal.EstimatedValue,
            ValueTyped = true,
            Fulfils = [.. deal.Deal.Fulfils],
            _ownFulfils = [.. deal.Deal.Fulfils],
        };
        model.Parties.Clear();
        model.Parties.AddRange(deal.Deal.Parties.Select(p => new DealFormParty { Organization = byId.GetValueOrDefault(p.OrganizationId), Gives = p.Gives }));
        return model;
    }

    /// <summary>
    /// A form filled from a suggestion: each link's offering organisation gives its offer to the requesting one,
    /// and the offers and requests of the links are marked as fulfilled. A one-way suggestion leaves the
    /// receiving party's "gives" empty, for the facilitator to ask what it can give back.
    /// </summary>
    public static DealFormModel FromLinks(IEnumerable<(int OfferId, int RequestId)> links, EventDesk desk)
    {
        var organizationsById = desk.Organizations.ToDictionary(o => o.Id);
        var listingsById = desk.Listings.ToDictionary(l => l.Id);
        var model = new DealFormModel();
        model.Parties.Clear();
        var fulfils = new List<int>();
        DealFormParty PartyOf(int organizationId)
        {
            var party = model.Parties.FirstOrDefault(p => p.Organization?.Id == organizationId);
            if (party is null)
            {
                party = new DealFormParty { Organization = organizationsById.GetValueOrDefault(organizationId) };
                model.Parties.Add(party);
            }
            return party;
        }
        foreach (var (offerId, requestId) in links)
        {
            if (!listingsById.TryGetValue(offerId, out var offer) || !listingsById.TryGetValue(requestId, out var request))
            {
                continue;
            }
            var giver = PartyOf(offer.OrganizationId);
            giver.Gives = giver.Gives is null ? offer.Title : $"{giver.Gives} ; {offer.Title}";
            PartyOf(request.OrganizationId);
            fulfils.AddRange([offer.Id, request.Id]);
            if (model.CategoryId is null)
            {
                model.ChooseCategory(offer.CategoryId, desk.Categories);
            }
        }
        while (model.Parties.Count < 2)
        {
            model.Parties.Add(new DealFormParty());
        }
        model.Fulfils = [.. fulfils.Distinct()];
        return model;
    }

    public CorrectDealCommand ToCorrection(IEnumerable<StaffListing> listings)
    {
        var command = ToCommand(listings);
        return new CorrectDealCommand(command.Parties, command.Fulfils, command.CategoryId, command.EstimatedValue);
    }

    public AnnounceDealCommand ToCommand(IEnumerable<StaffListing> listings)
    {
        var candidates = Candidates(listings).Select(l => l.Id).ToHashSet();
        return new AnnounceDealCommand(
            IdempotencyKey,
            [.. Chosen.Select(p => new AnnounceDealParty(p.Organization!.Id, p.Gives))],
            [.. Fulfils.Where(candidates.Contains)],
            CategoryId,
            EstimatedValue);
    }

    /// <summary>After an announcement: an empty form with a new key, so the next deal is a new one.</summary>
    public void Reset()
    {
        IdempotencyKey = Guid.NewGuid();
        Parties.Clear();
        Parties.AddRange([new(), new()]);
        Fulfils = [];
        CategoryId = null;
        EstimatedValue = null;
        ValueTyped = false;
    }

    /// <summary>Finds organisations by table number (exact) or by name, ignoring case and accents.</summary>
    public static IEnumerable<StaffOrganization> Search(IEnumerable<StaffOrganization> organizations, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return organizations;
        }
        var wanted = TextKey.Fold(text);
        return organizations
            .Where(o => string.Equals(o.Table, text.Trim(), StringComparison.OrdinalIgnoreCase) || TextKey.Fold(o.Name).Contains(wanted, StringComparison.Ordinal))
            .OrderBy(o => string.Equals(o.Table, text.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(o => TextKey.Fold(o.Name).StartsWith(wanted, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase);
    }
}

public sealed class DealFormParty
{
    public StaffOrganization? Organization { get; set; }

    public string? Gives { get; set; }
}
