using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Live.Tests.Features.Suggestions;

public sealed class SuggestionIndexTests
{
    private const int Means = 1;
    private const int Hands = 2;
    private const int Transport = 3;
    private const int Space = 4;

    private static readonly SuggestionOrganization Company = new(1, ParticipantKind.Company, "DataNova");
    private static readonly SuggestionOrganization Youth = new(2, ParticipantKind.Association, "Maison de Jeunes");
    private static readonly SuggestionOrganization Garden = new(3, ParticipantKind.Association, "Community Garden");
    private static readonly SuggestionOrganization Bakery = new(4, ParticipantKind.Company, "Bakkerij");

    private static SuggestionListing Offer(int id, SuggestionOrganization org, int category, string title, string? description = null) =>
        new(id, org.Id, ListingSide.Offer, category, CategoryKey(category), title, description);

    private static SuggestionListing Request(int id, SuggestionOrganization org, int category, string title, string? description = null) =>
        new(id, org.Id, ListingSide.Request, category, CategoryKey(category), title, description);

    private static string CategoryKey(int category) => category switch
    {
        Means => "means",
        Hands => "hands",
        Transport => "transport",
        _ => "space",
    };

    private static SuggestionIndex Index(params SuggestionListing[] listings) => Index(new SuggestionOptions(), listings);

    private static SuggestionIndex Index(SuggestionOptions options, params SuggestionListing[] listings)
    {
        var index = new SuggestionIndex(options);
        index.Load([Company, Youth, Garden, Bakery], listings);
        return index;
    }

    [Fact]
    public void ForRequest_OfferInAnotherLanguage_IsSuggestedWithTheSharedWords()
    {
        var index = Index(
            Offer(1, Company, Means, "Laptops reconditionnés", "Quinze laptops avec Windows pour une association"),
            Request(2, Youth, Means, "Ordinateurs portables pour nos jeunes", "Nos jeunes font leurs devoirs : il nous faut des ordinateurs portables."));

        var suggestion = Assert.Single(index.ForRequest(2));

        Assert.Equal(1, suggestion.OfferId);
        var shared = Assert.Single(suggestion.Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms);
        Assert.Contains(shared.Terms!, t => t.OfferText == "Laptops" && t.RequestText == "Ordinateurs portables");
        Assert.Contains(suggestion.Reasons, r => r.Kind == SuggestionReasonKind.SameCategory && r.CategoryId == Means);
        Assert.Contains(suggestion.Reasons, r => r.Kind == SuggestionReasonKind.Complementary);
    }

    [Fact]
    public void ForRequest_OfferThatFitsEveryRequest_ComesAfterTheOneMadeForThisRequest()
    {
        SuggestionListing[] listings =
        [
            Offer(1, Company, Hands, "Collega's helpen een dag", "Tien collega's komen een dag helpen in uw lokaal: schilderen, tuinwerk, verhuizen of opruimen, wat u nodig hebt."),
            Offer(2, Bakery, Hands, "Een schilder", "Onze schilder komt schilderen."),
            Request(3, Youth, Hands, "Helpers voor een dag", "Wie komt een dag helpen? De muren van ons lokaal moeten geschilderd worden."),
            Request(4, Youth, Hands, "Helpers voor tuinwerk", "Onze tuin moet opgeruimd worden, wie komt een dag helpen?"),
            Request(5, Youth, Hands, "Helpen bij onze verhuis", "Wij verhuizen in maart en zoeken sterke armen voor een dag."),
            Request(6, Youth, Hands, "Opruimdag in de jeugdlokalen", "Wie komt een dag mee opruimen en sorteren?"),
        ];
        var plain = Index(new SuggestionOptions { GeneralityWeight = 0, FirstThreeOrder = null }, listings);
        var index = Index(listings);

        // On words alone the colleagues who do everything come first; the painter is what the request asks for.
        Assert.Equal(1, plain.ForRequest(3)[0].OfferId);
        Assert.Equal([2, 1], index.ForRequest(3).Select(s => s.OfferId));
        Assert.True(index.ForRequest(3)[0].Score > index.ForRequest(3)[1].Score);
        // For the garden, the move and the clean-up the colleagues still come first.
        Assert.All(new[] { 4, 5, 6 }, r => Assert.Equal(1, index.ForRequest(r)[0].OfferId));
    }

    [Fact]
    public void ForRequest_RoomAskedInOtherWords_ComesBeforeAStoreRoomThatOnlySharesTheWord()
    {
        SuggestionListing[] listings =
        [
            Offer(1, Company, Space, "Local de rangement", "Un local sec pour stocker votre matériel."),
            Offer(2, Bakery, Space, "Notre réfectoire le week-end", "Grand réfectoire avec tables et chaises, libre le samedi."),
            Request(3, Youth, Space, "Local pour notre assemblée générale", "Une salle pour une quarantaine de membres un samedi."),
        ];
        var byScore = Index(new SuggestionOptions { FirstThreeOrder = null }, listings);
        var index = Index(listings);

        // By score the store room comes first, for the word "local"; a hall for a meeting is what is asked.
        Assert.Equal([1, 2], byScore.ForRequest(3).Select(s => s.OfferId));
        Assert.Equal([2, 1], index.ForRequest(3).Select(s => s.OfferId));
        // The hall keeps its own score; the store room, moved down, shows no more than the hall.
        Assert.Equal(byScore.ForRequest(3)[1].Score, index.ForRequest(3)[0].Score);
        Assert.Equal(index.ForRequest(3)[0].Score, index.ForRequest(3)[1].Score);
    }

    [Fact]
    public void ForRequest_WordPairsOfGoodMatches_PutTheOfferTheyPairWithFirstWithoutRaisingItsScore()
    {
        SuggestionListing[] listings =
        [
            Offer(1, Company, Transport, "Bestelwagen met chauffeur", "Onze bestelwagen rijdt op vrijdag met chauffeur."),
            Offer(2, Bakery, Transport, "Personenbusje", "Een busje met negen zitplaatsen en chauffeur, op zaterdag."),
            Request(3, Youth, Transport, "Uitstap voor wie niet meer rijdt", "Onze senioren willen op uitstap met chauffeur, vrijdag."),
        ];
        var keys = listings.ToDictionary(l => l.Id, l => TextAnalysis.Default.Analyze(l.Title, l.Description).Features.Select(f => f.Key).ToList());
        // Good matches on other bourses paired the request's words with the words only the busje has.
        var pairs = new WordPairs([.. keys[3].SelectMany(r => keys[2].Except(keys[1]).Select(o => (r, o, 2f)))]);
        var without = Index(new SuggestionOptions { FirstThreeOrder = FirstThreeOrder.Learned with { Pairs = null } }, listings);
        var index = Index(new SuggestionOptions { FirstThreeOrder = FirstThreeOrder.Learned with { Pairs = pairs } }, listings);

        Assert.Equal([1, 2], without.ForRequest(3).Select(s => s.OfferId));
        Assert.Equal([2, 1], index.ForRequest(3).Select(s => s.OfferId));
        Assert.Equal(without.ForRequest(3)[1].Score, index.ForRequest(3)[0].Score);
        Assert.Equal(index.ForRequest(3)[0].Score, index.ForRequest(3)[1].Score);
        // The busje rewritten word for word as the van: its words no longer pair, and it is no longer put first.
        index.Upsert(listings[1] with { Title = "Bestelwagen met chauffeur", Description = "Onze bestelwagen rijdt op vrijdag met chauffeur." });
        Assert.Equal(1, index.ForRequest(3)[0].OfferId);
    }

    [Theory]
    [InlineData("TuningSet")]
    [InlineData("ThirteenthTuningSet")]
    [InlineData("FifteenthTuningSet")]
    public void ForRequest_LearnedOrder_OnlyReordersTheFirstThreeAndStillReadsBestFirst(string name)
    {
        var set = QualitySet.Load(name);
        var byScore = new SuggestionIndex(new SuggestionOptions { FirstThreeOrder = null });
        byScore.Load(set.Organizations, set.Listings);
        var index = new SuggestionIndex();
        index.Load(set.Organizations, set.Listings);
        var reordered = 0;

        foreach (var request in set.Listings.Where(l => l.Kind == ListingSide.Request))
        {
            var plain = byScore.ForRequest(request.Id).Select(s => s.OfferId).ToList();
            var learned = index.ForRequest(request.Id);
            var ids = learned.Select(s => s.OfferId).ToList();
            Assert.Equal(plain.Take(3).Order(), ids.Take(3).Order());
            Assert.Equal(plain.Skip(3), ids.Skip(3));
            Assert.Equal(learned.Select(s => s.Score).OrderDescending(), learned.Select(s => s.Score));
            // No score rises with the order: a threshold on it lets through no offer it did not.
            Assert.All(learned, s => Assert.True(s.Score <= byScore.ForRequest(request.Id).Single(p => p.OfferId == s.OfferId).Score));
            reordered += plain.SequenceEqual(ids) ? 0 : 1;
        }
        Assert.True(reordered > 0, "the learned order changed no list");
    }

    [Fact]
    public void ForRequest_SharedPhrase_IsExplainedWholeNotWordByWord()
    {
        var index = Index(
            Offer(1, Company, Means, "Six ordinateurs portables reconditionnés", "Windows réinstallé, garantie six mois."),
            Request(2, Youth, Means, "Ordinateurs portables pour l'école de devoirs", "Six PC portables, même anciens, pour des enfants de 8 à 14 ans."));

        var terms = Assert.Single(index.ForRequest(2)[0].Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms).Terms!;

        Assert.Equal("Ordinateurs portables", terms[0].RequestText);
        Assert.DoesNotContain(terms, t => t.RequestText is "portables" or "Ordinateurs");
    }

    [Fact]
    public void ForRequest_RoomsOfDifferentSizes_TheOneThatHoldsThePeopleFirst()
    {
        SuggestionListing[] listings =
        [
            Offer(1, Company, Space, "Vergaderzaal met beamer", "Een zaal met een lange tafel en een beamer voor een dertigtal personen."),
            Offer(2, Bakery, Space, "Auditorium op zaterdag", "Ons auditorium telt 80 vaste zitplaatsen, met micro en projectiescherm."),
            Request(3, Youth, Space, "Zaal voor een infonamiddag", "We verwachten een zeventigtal mensen en tonen een presentatie met een beamer."),
        ];
        var index = Index(listings);
        var byWordsAlone = new SuggestionIndex(new SuggestionOptions { CapacityWeight = 0 });
        byWordsAlone.Load([Company, Youth, Garden, Bakery], listings);

        var suggestions = index.ForRequest(3);

        Assert.Equal(1, byWordsAlone.ForRequest(3)[0].OfferId);
        Assert.DoesNotContain(byWordsAlone.ForRequest(3).SelectMany(s => s.Reasons), r => r.Kind is SuggestionReasonKind.Capacity or SuggestionReasonKind.TooSmall);
        Assert.Equal([2, 1], suggestions.Select(s => s.OfferId));
        var fits = Assert.Single(suggestions[0].Reasons, r => r.Kind == SuggestionReasonKind.Capacity);
        Assert.Equal((70, 80), (fits.People, fits.Capacity));
        var small = Assert.Single(suggestions[1].Reasons, r => r.Kind == SuggestionReasonKind.TooSmall);
        Assert.Equal((70, 30), (small.People, small.Capacity));
    }

    [Fact]
    public void ForRequest_NumberOfPeopleOutsideRoomsAndVehicles_IsNotASize()
    {
        var index = Index(
            Offer(1, Company, Hands, "Acht vrijwilligers helpen een dag", "Acht vrijwilligers komen een dag helpen bij uw vereniging."),
            Request(2, Youth, Hands, "Helpers voor ons feest", "Wij zoeken helpers om te koken voor 120 gasten."));

        var suggestion = Assert.Single(index.ForRequest(2));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Kind is SuggestionReasonKind.Capacity or SuggestionReasonKind.TooSmall);
    }

    [Fact]
    public void ForRequest_VolunteersOfferedForARoomRequest_AreNotARoomSize()
    {
        var index = Index(
            Offer(1, Company, Hands, "Acht vrijwilligers voor uw feest", "Acht vrijwilligers helpen een dag bij het feest in uw zaal."),
            Request(2, Youth, Space, "Een zaal voor ons feest", "Wij zoeken een zaal voor 120 gasten."));

        var suggestion = Assert.Single(index.ForRequest(2));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Kind is SuggestionReasonKind.Capacity or SuggestionReasonKind.TooSmall);
    }

    [Fact]
    public void ForRequest_VanTooSmallForTheGuests_NotMarkedTooSmall()
    {
        // The van carries the tables for the eighty guests, not the guests.
        var index = Index(
            Offer(1, Company, Transport, "Camionnette le samedi", "Notre camionnette de 3 places avec chauffeur, un samedi par mois."),
            Request(2, Youth, Transport, "Transporter des tables", "Transporter des tables et des bancs pour nos 80 invités, un samedi."));

        var suggestion = Assert.Single(index.ForRequest(2));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Kind is SuggestionReasonKind.Capacity or SuggestionReasonKind.TooSmall);
    }

    [Fact]
    public void Upsert_RoomThatHoldsTheGroupAmongManyOfItsCategory_RanksAsInAFullComputation()
    {
        // Eleven rooms too small, sharing no word with the request, then the newest one holds the group.
        var rooms = Enumerable.Range(10, 11).Select(id => Offer(id, id % 2 == 0 ? Company : Bakery, Space, $"Lieu numéro {id}", "Pour 20 personnes."))
            .Append(Offer(30, Bakery, Space, "Auditorium", "Ons auditorium telt 80 zitplaatsen."))
            .ToList();
        var request = Request(2, Youth, Space, "Pour notre thé dansant", "Un dimanche, pour une soixantaine de membres.");
        var index = Index([.. rooms.Where(l => l.Id != 30), request]);

        index.Upsert(rooms[^1]);

        var fresh = Index([.. rooms, request]);
        Assert.Equal(30, fresh.ForRequest(2)[0].OfferId);
        Assert.Equal(fresh.ForRequest(2).Select(s => s.OfferId), index.ForRequest(2).Select(s => s.OfferId));
    }

    [Fact]
    public void WinWins_RoomsThatHoldTheGroups_AreNoWinWinByTheirSizeAlone()
    {
        // Each answers the other by the category, a day in common and a room that holds the group: ranked first, but
        // what is exchanged says too little for a win-win.
        var index = Index(
            Offer(1, Company, Space, "Auditorium op zaterdag", "Ons auditorium telt 80 vaste zitplaatsen, met micro en projectiescherm, op zaterdag."),
            Request(2, Youth, Space, "Pour notre thé dansant", "Un samedi après-midi, pour une soixantaine de membres qui aiment danser."),
            Offer(3, Youth, Space, "Notre cour intérieure", "Une cour arborée pour 70 personnes, libre le samedi."),
            Request(4, Company, Space, "Plek voor de personeelsbarbecue", "Buiten op een zaterdag, voor een zestigtal collega's en hun gezin, 60 personen."));
        var minLink = new SuggestionOptions().MinLinkScore;

        var pairs = index.WinWins().Pairs;

        Assert.True(index.ForRequest(2)[0] is { OfferId: 1 } first && first.Score >= minLink);
        Assert.True(index.ForRequest(4)[0] is { OfferId: 3 } second && second.Score >= minLink);
        Assert.Empty(pairs);
    }

    [Fact]
    public void ForRequest_OfferOfTheSameOrganisation_IsNotSuggested()
    {
        var index = Index(
            Offer(1, Youth, Means, "Ordinateurs portables"),
            Request(2, Youth, Means, "Ordinateurs portables"));

        Assert.Empty(index.ForRequest(2));
    }

    [Fact]
    public void ForRequest_NoSharedWordButOffersOfItsCategory_SuggestedForTheCategoryAlone()
    {
        var index = Index(
            Offer(1, Company, Space, "Parking le week-end", "Notre parking de 50 places est libre le samedi"),
            Offer(3, Bakery, Space, "Kelder om te stockeren"),
            Offer(4, Garden, Means, "Compost for your garden"),
            Request(2, Youth, Space, "Pour notre troupe de théâtre", "Nous jouons le jeudi, à partir de septembre"));

        var suggestions = index.ForRequest(2);

        Assert.Equal([1, 3], suggestions.Select(s => s.OfferId).Order());
        Assert.All(suggestions, s => Assert.DoesNotContain(s.Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms));
        Assert.All(suggestions, s => Assert.Contains(s.Reasons, r => r.Kind == SuggestionReasonKind.SameCategory && r.CategoryId == Space));
        Assert.Contains(2, index.All().Keys);
    }

    [Fact]
    public void ForRequest_SameThingInOtherWords_FoundByItsConcept()
    {
        var index = Index(
            Offer(1, Company, Space, "Parking le week-end", "Notre parking de 50 places est libre le samedi"),
            Offer(3, Bakery, Space, "Onze kantine na de uren", "Veertig stoelen en een keukentje, elke avond vrij"),
            Request(2, Youth, Space, "Un endroit pour répéter", "Notre chorale cherche une salle où chanter le jeudi"));

        var suggestions = index.ForRequest(2);

        Assert.Equal(3, suggestions[0].OfferId);
        Assert.Contains(suggestions[0].Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms);
    }

    [Fact]
    public void ForRequest_OfferAboutSomethingElse_IsNotSuggested()
    {
        var index = Index(
            Offer(1, Company, Space, "Parking le week-end", "Notre parking de 50 places est libre le samedi"),
            Request(2, Youth, Means, "Ordinateurs portables", "Pour la salle informatique"));

        Assert.Empty(index.ForRequest(2));
    }

    [Fact]
    public void ForRequest_SameTextSameCategory_RanksAboveAnotherCategory()
    {
        var index = Index(
            Offer(1, Company, Hands, "Camionnette avec chauffeur"),
            Offer(3, Bakery, Transport, "Camionnette avec chauffeur"),
            Request(2, Youth, Transport, "Une camionnette pour notre déménagement"));

        var suggestions = index.ForRequest(2);

        Assert.Equal([3, 1], suggestions.Select(s => s.OfferId));
        Assert.True(suggestions[0].Score > suggestions[1].Score);
    }

    [Fact]
    public void ForRequest_OfferOfItsCategoryInOtherWords_RanksAboveAnotherCategorySharingAWord()
    {
        var index = Index(
            Offer(1, Company, Means, "Onze bestelwagen rijdt voor u", "Een dag met chauffeur, voor een levering of een verhuis"),
            Offer(3, Bakery, Transport, "Minibus voor uitstappen", "Negen plaatsen, met chauffeur"),
            Request(2, Youth, Transport, "Naar de zee met de jeugdbeweging", "Twintig kinderen willen een dag naar de kust"));

        var suggestions = index.ForRequest(2);

        Assert.Equal(3, suggestions[0].OfferId);
        Assert.Contains(suggestions[0].Reasons, r => r.Kind == SuggestionReasonKind.SameCategory);
    }

    [Fact]
    public void ForRequest_CompanyForAnAssociationAlone_DoesNotOutrankSharedWords()
    {
        var index = Index(
            Offer(1, Company, Means, "Bureaustoelen na een verhuis"),
            Offer(3, Garden, Means, "Tweedehandskleding voor wie het nodig heeft", "Mantels, truien en schoenen voor volwassenen"),
            Request(2, Youth, Means, "Warme jassen voor onze jongeren", "Wie heeft winterjassen in maat M tot XL?"));

        var suggestions = index.ForRequest(2);

        Assert.Equal([3, 1], suggestions.Select(s => s.OfferId));
        Assert.Contains(suggestions[0].Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms);
    }

    [Fact]
    public void ForRequest_ClearMatchByItsWords_NoOfferOfTheCategoryAloneUnderIt()
    {
        var index = Index(
            Offer(1, Company, Means, "Six ordinateurs portables reconditionnés", "Windows réinstallé, garantie six mois."),
            Offer(3, Bakery, Means, "Invendus du jour pour une épicerie sociale"),
            Offer(4, Company, Means, "Impression de 500 affiches A3"),
            Request(2, Youth, Means, "Ordinateurs portables pour l'école de devoirs", "Six PC portables, même anciens, pour des enfants."));

        Assert.Equal([1], index.ForRequest(2).Select(s => s.OfferId));
    }

    [Fact]
    public void ForRequest_ManyOffersOfItsCategoryWithoutASharedWord_OnlyThreeShown()
    {
        var index = Index(
            Offer(1, Company, Space, "Parking le week-end"),
            Offer(3, Bakery, Space, "Kelder om te stockeren"),
            Offer(4, Garden, Space, "Serre pour vos semis"),
            Offer(5, Company, Space, "Bureau vide au deuxième étage"),
            Request(2, Youth, Space, "Pour nos répétitions", "Notre troupe cherche où répéter le jeudi"));

        Assert.Equal(3, index.ForRequest(2).Count);
    }

    [Fact]
    public void Upsert_NewOfferOfItsCategoryWithoutASharedWord_JoinsTheSuggestions()
    {
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables"),
            Request(2, Youth, Transport, "Naar de zee met de jeugdbeweging", "Twintig kinderen willen een dag naar de kust"));
        Assert.Empty(index.ForRequest(2));

        index.Upsert(Offer(3, Bakery, Transport, "Autocar le dimanche"));

        Assert.Equal([3], index.ForRequest(2).Select(s => s.OfferId));
        Assert.Equal(1, index.FullComputations);
    }

    [Fact]
    public void ForRequest_TwoAssociations_AreNotCalledComplementary()
    {
        var index = Index(
            Offer(1, Garden, Hands, "Des bénévoles pour votre jardin"),
            Request(2, Youth, Hands, "Bénévoles pour notre potager"));

        var suggestion = Assert.Single(index.ForRequest(2));

        Assert.DoesNotContain(suggestion.Reasons, r => r.Kind == SuggestionReasonKind.Complementary);
    }

    [Fact]
    public void Upsert_NewOffer_JoinsTheSuggestionsWithoutAFullComputation()
    {
        var index = Index(
            Offer(1, Company, Transport, "Camionnette le samedi"),
            Request(2, Youth, Transport, "Bestelwagen voor onze verhuis"));

        index.Upsert(Offer(3, Bakery, Transport, "Bestelwagen met chauffeur", "Voor uw verhuis of levering"));

        Assert.Equal([3, 1], index.ForRequest(2).Select(s => s.OfferId));
        Assert.Equal(1, index.FullComputations);
    }

    [Fact]
    public void Upsert_OfferFulfilledByADeal_LeavesTheSuggestions()
    {
        var index = Index(
            Offer(1, Company, Transport, "Camionnette le samedi"),
            Offer(3, Bakery, Transport, "Bestelwagen met chauffeur"),
            Request(2, Youth, Transport, "Bestelwagen voor onze verhuis"));

        index.Upsert(Offer(3, Bakery, Transport, "Bestelwagen met chauffeur") with { IsOpen = false });

        Assert.Equal([1], index.ForRequest(2).Select(s => s.OfferId));
    }

    [Fact]
    public void Remove_Request_HasNoSuggestionsAnyMore()
    {
        var index = Index(
            Offer(1, Company, Transport, "Camionnette le samedi"),
            Request(2, Youth, Transport, "Camionnette pour le camp"));

        index.Remove(2);

        Assert.Empty(index.ForRequest(2));
        Assert.Empty(index.All());
    }

    [Fact]
    public void Upsert_RequestReworded_GetsNewSuggestions()
    {
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables"),
            Offer(3, Bakery, Means, "Brood en gebak van de dag"),
            Request(2, Youth, Means, "Ordinateurs portables"));

        index.Upsert(Request(2, Youth, Means, "Pain et viennoiseries", "Du pain pour notre goûter"));

        var suggestions = index.ForRequest(2);
        Assert.Equal(3, suggestions[0].OfferId);
        Assert.All(suggestions.Skip(1), s => Assert.DoesNotContain(s.Reasons, r => r.Kind == SuggestionReasonKind.SharedTerms));
    }

    [Fact]
    public void WinWins_EachCanHelpTheOther_IsAPairAndSaysSo()
    {
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables", "Laptops reconditionnés"),
            Request(2, Youth, Means, "Laptops voor onze jongeren"),
            Offer(3, Youth, Hands, "Nos jeunes tiennent le bar de votre fête", "Bar et accueil de votre fête du personnel"),
            Request(4, Company, Hands, "Une équipe pour le bar de notre fête du personnel"));

        var pair = Assert.Single(index.WinWins().Pairs);

        Assert.Equal(new HashSet<int> { Company.Id, Youth.Id }, new HashSet<int> { pair.AToB.FromOrganizationId, pair.AToB.ToOrganizationId });
        Assert.Equal(Math.Min(pair.AToB.Score, pair.BToA.Score), pair.Strength);
        Assert.Contains(index.ForRequest(2)[0].Reasons, r => r.Kind == SuggestionReasonKind.HelpEachOtherBack);
        Assert.Contains(index.ForRequest(4)[0].Reasons, r => r.Kind == SuggestionReasonKind.HelpEachOtherBack);
    }

    [Fact]
    public void WinWins_OneWayOnly_IsNoPair()
    {
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables"),
            Request(2, Youth, Means, "Ordinateurs portables"));

        Assert.Empty(index.WinWins().Pairs);
        Assert.DoesNotContain(index.ForRequest(2)[0].Reasons, r => r.Kind == SuggestionReasonKind.HelpEachOtherBack);
    }

    [Fact]
    public void WinWins_ThreeOrganisationsInACircle_IsFoundOnceWithItsWeakestLink()
    {
        // DataNova helps the youth house, the youth house helps the garden, the garden helps DataNova.
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables", "Laptops reconditionnés"),
            Request(2, Youth, Means, "Ordinateurs portables pour nos jeunes"),
            Offer(3, Youth, Hands, "Nos jeunes donnent un coup de main", "Des bras pour porter et ranger"),
            Request(4, Garden, Hands, "Un coup de main pour le potager", "Des bras pour porter la terre"),
            Offer(5, Garden, Hands, "Teambuilding au jardin", "Votre équipe jardine avec nous"),
            Request(6, Company, Hands, "Teambuilding pour notre équipe", "Une journée de teambuilding au jardin"));

        var winWins = index.WinWins();

        Assert.Empty(winWins.Pairs);
        var circle = Assert.Single(winWins.Circles);
        Assert.Equal([Company.Id, Youth.Id, Garden.Id], circle.Links.Select(l => l.FromOrganizationId));
        Assert.Equal(circle.Links.Min(l => l.Score), circle.Strength);
    }

    [Fact]
    public void Upsert_SeriesOfChanges_EndsWhereAFreshComputationWould()
    {
        SuggestionListing[] start =
        [
            Offer(1, Company, Means, "Ordinateurs portables"),
            Offer(3, Bakery, Transport, "Bestelwagen met chauffeur"),
            Request(2, Youth, Means, "Laptops pour nos jeunes"),
            Request(4, Garden, Transport, "Une camionnette pour le compost"),
        ];
        var incremental = Index(start);
        SuggestionListing[] changes =
        [
            Offer(5, Garden, Means, "Tablettes et ordinateurs"),
            Request(6, Bakery, Hands, "Des bras pour la fête", "Un coup de main le samedi"),
            Offer(7, Youth, Hands, "Nos jeunes donnent un coup de main"),
            Offer(3, Bakery, Transport, "Bestelwagen met chauffeur") with { IsOpen = false },
            Offer(8, Company, Transport, "Camionnette le week-end"),
        ];
        foreach (var change in changes)
        {
            incremental.Upsert(change);
        }

        var fresh = Index([.. start.Where(l => l.Id != 3), .. changes.Where(l => l.IsOpen)]);

        foreach (var requestId in new[] { 2, 4, 6 })
        {
            Assert.Equal(fresh.ForRequest(requestId).Select(s => s.OfferId), incremental.ForRequest(requestId).Select(s => s.OfferId));
        }
        Assert.Equal(1, incremental.FullComputations);
    }

    [Fact]
    public void ForOrganization_OffersFoundByTheirCategoryAlone_OnlyTheFirstThreeOfEachRequest()
    {
        var index = Index(
            Offer(1, Company, Space, "Parking le week-end"),
            Offer(3, Company, Space, "Kelder om te stockeren"),
            Offer(4, Company, Space, "Serre pour vos semis"),
            Offer(5, Company, Space, "Bureau vide au deuxième étage"),
            Request(2, Youth, Space, "Pour nos répétitions", "Notre troupe cherche où répéter le jeudi"));

        var (_, forOffers) = index.ForOrganization(Company.Id);

        Assert.Equal(index.ForRequest(2).Select(s => s.OfferId).Order(), forOffers.Select(s => s.OfferId).Order());
        Assert.Equal(3, forOffers.Count);
    }

    [Fact]
    public void Upsert_OlderOfferReopened_TakesItsPlaceAsInAFullComputation()
    {
        var listings = Enumerable.Range(10, 12).Select(id => Offer(id, id % 2 == 0 ? Company : Bakery, Space, $"Lieu numéro {id}")).ToList();
        var request = Request(2, Youth, Space, "Pour nos répétitions", "Notre troupe cherche où répéter le jeudi");
        var index = Index([.. listings.Where(l => l.Id != 10), request]);

        index.Upsert(listings[0]);

        var fresh = Index([.. listings, request]);
        Assert.Equal(fresh.ForRequest(2).Select(s => s.OfferId), index.ForRequest(2).Select(s => s.OfferId));
        Assert.Equal(10, index.ForRequest(2)[0].OfferId);
    }

    [Fact]
    public void ForOrganization_OffersAndRequests_AreBothAnswered()
    {
        var index = Index(
            Offer(1, Company, Means, "Ordinateurs portables"),
            Request(2, Youth, Means, "Laptops pour nos jeunes"),
            Offer(3, Youth, Hands, "Nos jeunes donnent un coup de main"),
            Request(4, Bakery, Hands, "Un coup de main pour la fête"));

        var (forRequests, forOffers) = index.ForOrganization(Youth.Id);

        Assert.Equal([1], forRequests.Select(s => s.OfferId));
        Assert.Equal([4], forOffers.Select(s => s.RequestId));
    }

    [Fact]
    public void Engine_UsesNothingOfTheDataModel()
    {
        var dataModel = typeof(Winwin.Data.Listing).Assembly;
        var engineTypes = typeof(SuggestionIndex).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SuggestionIndex).Namespace).ToList();

        var used = engineTypes.SelectMany(UsedTypes).Where(t => t.Assembly == dataModel).Select(t => t.FullName).Distinct().ToList();

        Assert.NotEmpty(engineTypes);
        Assert.Empty(used);
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const System.Reflection.BindingFlags All = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
            | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        var types = new List<Type?> { type.BaseType };
        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetFields(All).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(All).Cast<System.Reflection.MethodBase>().Concat(type.GetConstructors(All)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is System.Reflection.MethodInfo info)
            {
                types.Add(info.ReturnType);
            }
            types.AddRange(method.GetMethodBody()?.LocalVariables.Select(v => v.LocalType) ?? []);
        }
        return types.OfType<Type>().SelectMany(t => t.IsGenericType ? t.GetGenericArguments().Append(t) : [t])
            .Select(t => t.HasElementType ? t.GetElementType()! : t);
    }
}
