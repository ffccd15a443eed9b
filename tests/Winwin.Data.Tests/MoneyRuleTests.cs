namespace Winwin.Data.Tests;

public class MoneyRuleTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void FindMoneyTerms_NoText_Empty(string? text)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Empty(terms);
    }

    [Theory]
    [InlineData("Don de 500 € pour notre fête de quartier", "500 €")]
    [InlineData("Nous cherchons €500 pour repeindre le local des scouts", "€500")]
    [InlineData("Soutien de EUR 200 pour le tournoi de mini-foot", "EUR 200")]
    [InlineData("Une entreprise pourrait-elle nous donner 200 euros pour le goûter des enfants ?", "200 euros")]
    [InlineData("Participation de 1.000,50 EUR à la location du chapiteau", "1.000,50 EUR")]
    [InlineData("Il nous manque 50 balles pour louer la sono", "50 balles")]
    [InlineData("Budget de 2 000 € pour le spectacle de fin d'année", "2 000 €")]
    [InlineData("1,5 million d'euros pour notre nouveau hall omnisports", "1,5 million d'euros")]
    [InlineData("Don d'argent pour l'achat de matériel de camp", "Don d'argent")]
    [InlineData("Don financier pour notre école de devoirs", "Don financier")]
    [InlineData("Don en numéraire pour la maison médicale", "Don en numéraire")]
    [InlineData("Faites un don à notre ASBL !", "Faites un don")]
    [InlineData("Nous cherchons de l'argent pour le voyage des résidents", "argent")]
    [InlineData("Un peu de fric pour la fête des voisins", "fric")]
    [InlineData("On a besoin de sous pour réparer la chaudière", "de sous")]
    [InlineData("Paiement en espèces à la fin de l'événement", "en espèces")]
    [InlineData("Paiement comptant uniquement", "Paiement comptant")]
    [InlineData("Un chèque pour notre club de basket", "chèque")]
    [InlineData("Chèques-repas pour les bénévoles du festival", "Chèques")]
    [InlineData("Bon d'achat dans un magasin de sport pour nos jeunes", "Bon d'achat")]
    [InlineData("Cartes cadeaux pour la tombola de l'école", "Cartes cadeaux")]
    [InlineData("Virement sur le compte de l'ASBL pour la location de la salle", "Virement")]
    [InlineData("Sponsoring financier de notre jogging annuel", "Sponsoring financier")]
    [InlineData("Mécénat financier pour la restauration de l'orgue", "Mécénat financier")]
    [InlineData("Contribution financière à notre voyage scolaire", "Contribution financière")]
    [InlineData("Aide financière pour payer le chauffage de la salle", "Aide financière")]
    [InlineData("Soutien financier pour notre équipe de hockey dames", "Soutien financier")]
    [InlineData("Moyens financiers pour engager un animateur", "Moyens financiers")]
    [InlineData("Pouvez-vous nous aider financièrement pour le camp ?", "aider financièrement")]
    [InlineData("Soutenez-nous financièrement pour notre camp", "Soutenez-nous financièrement")]
    [InlineData("Recherche subside pour rénover la toiture du local", "subside")]
    [InlineData("Nous demandons une subvention pour le festival de quartier", "subvention")]
    [InlineData("Cofinancement de notre projet de potager collectif", "Cofinancement")]
    [InlineData("Une entreprise pour financer les maillots de l'équipe", "financer")]
    [InlineData("Récolte de fonds pour notre séjour à la mer", "Récolte de fonds")]
    [InlineData("Prêt d'argent sans intérêt pour lancer notre épicerie sociale", "Prêt d'argent")]
    [InlineData("Campagne de crowdfunding pour notre nouveau minibus", "crowdfunding")]
    [InlineData("Des billets en monnaie locale pour nos bénévoles", "monnaie")]
    [InlineData("Prise en charge des frais de transport du club", "Prise en charge des frais")]
    [InlineData("Remboursement des frais de déplacement des bénévoles", "Remboursement")]
    [InlineData("Matériel de sonorisation à prix coûtant", "à prix coûtant")]
    [InlineData("20 % de réduction sur nos services de traiteur", "20 % de réduction")]
    public void FindMoneyTerms_MoneyInFrench_Refused(string text, string expectedTerm)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Theory]
    [InlineData("Caisse enregistreuse à donner, encore en bon état")]
    [InlineData("Collecte de vivres pour la Banque alimentaire du Brabant wallon")]
    [InlineData("Accès à notre banque d'outils pour vos chantiers")]
    [InlineData("Deux bancs en bois pour la cour de récréation")]
    [InlineData("Animation d'un atelier budget pour les familles du quartier")]
    [InlineData("Aide à la comptabilité pour une petite ASBL")]
    [InlineData("Conseils financiers pour une ASBL qui démarre")]
    [InlineData("Formation en gestion financière pour notre conseil d'administration")]
    [InlineData("Tirelire en bois fabriquée par nos jeunes")]
    [InlineData("Porte-monnaie en cuir fabriqués par notre atelier protégé")]
    [InlineData("Invendus du Cash & Carry pour notre épicerie solidaire")]
    [InlineData("Argenterie ancienne pour décorer la salle du banquet")]
    [InlineData("Couverts en argent pour le dîner de gala")]
    [InlineData("Coupes et médailles d'argent pour le tournoi de judo")]
    [InlineData("Peinture argent pour les décors de Noël")]
    [InlineData("20 euro-palettes pour construire des bacs potagers")]
    [InlineData("Impression de 500 affiches pour le festival")]
    [InlineData("12 m³ de terre végétale pour le jardin partagé")]
    [InlineData("10 heures de coaching en communication")]
    [InlineData("Remise des prix du concours de dessin : nous cherchons un présentateur")]
    [InlineData("Une remise pour stocker notre matériel de camp")]
    [InlineData("Prêt d'une camionnette pour le déménagement du local")]
    [InlineData("Prêt de 50 chaises pliantes pour notre assemblée générale")]
    [InlineData("Nous ne demandons pas d'argent, seulement un coup de main pour le montage")]
    [InlineData("Mécénat de compétences : un graphiste pour notre logo")]
    [InlineData("Aide pour rédiger notre dossier de demande de subside")]
    [InlineData("Sponsoring en nature : boissons pour le jogging")]
    [InlineData("Don de matériel informatique pour l'école de devoirs")]
    [InlineData("Plants pour une haie riche en espèces indigènes")]
    [InlineData("En comptant sur des bénévoles motivés, nous organisons une brocante")]
    [InlineData("Une conteuse pour animer la bibliothèque en contant des histoires")]
    [InlineData("Camionnette norme Euro 6 pour le transport des décors")]
    [InlineData("Retransmission de l'Euro 2024 sur écran géant : prêt d'un projecteur")]
    [InlineData("Séance photo professionnelle (valeur 300 €) offerte à une association")]
    [InlineData("Des sous-verres personnalisés pour notre bar")]
    [InlineData("Un lit pour dormir sous la tente au camp")]
    [InlineData("Une animation pour des familles financièrement fragiles")]
    [InlineData("Soutien non financier : mise à disposition de bénévoles")]
    public void FindMoneyTerms_MaterialOrSkillInFrench_Accepted(string text)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Empty(terms);
    }

    [Theory]
    [InlineData("Gift van 500 euro voor ons buurtfeest", "500 euro")]
    [InlineData("Wij zoeken € 250,- voor nieuwe voetbaldoelen", "€ 250,-")]
    [InlineData("€1.500 voor de aankoop van muziekinstrumenten", "€1.500")]
    [InlineData("EUR 75 per maand voor de huur van het lokaal", "EUR 75")]
    [InlineData("Een paar euro's voor de koffiepot", "euro's")]
    [InlineData("Financiële bijdrage voor het schoolreisje", "Financiële bijdrage")]
    [InlineData("Financiële steun voor de huiswerkklas", "Financiële steun")]
    [InlineData("Financiële sponsoring van onze jaarlijkse loopwedstrijd", "Financiële sponsoring")]
    [InlineData("Wie wil onze toneelvoorstelling financieel steunen?", "financieel steunen")]
    [InlineData("Geldschenking voor de renovatie van ons clubhuis", "Geldschenking")]
    [InlineData("Gift in geld voor de voedselbedeling", "Gift in geld")]
    [InlineData("Geld voor een nieuwe verwarmingsketel", "Geld")]
    [InlineData("Sponsorgeld voor de truitjes van de U12", "Sponsorgeld")]
    [InlineData("Wat zakgeld voor de kampdeelnemers", "zakgeld")]
    [InlineData("Geldinzameling voor het goede doel", "Geldinzameling")]
    [InlineData("Contant geld voor de kas van de vereniging", "Contant geld")]
    [InlineData("Betaling in contanten na afloop", "contanten")]
    [InlineData("Cash voor de kampkas", "Cash")]
    [InlineData("Cheque voor de scouts", "Cheque")]
    [InlineData("Dienstencheques voor onze oudere leden", "Dienstencheques")]
    [InlineData("Cadeaubonnen voor de tombola van de school", "Cadeaubonnen")]
    [InlineData("Waardebon bij de bouwmarkt", "Waardebon")]
    [InlineData("Overschrijving van de huur op onze rekening", "Overschrijving")]
    [InlineData("Een storting op ons rekeningnummer", "storting")]
    [InlineData("Subsidie voor het nieuwe speelplein", "Subsidie")]
    [InlineData("Wij zoeken subsidies voor ons jeugdwerk", "subsidies")]
    [InlineData("Financiering van een nieuw dak voor de jeugdbeweging", "Financiering")]
    [InlineData("Bedrijf gezocht dat ons project wil financieren", "financieren")]
    [InlineData("Renteloze lening voor de aankoop van een bestelwagen", "lening")]
    [InlineData("Crowdfunding voor ons nieuwe clubhuis", "Crowdfunding")]
    [InlineData("Fondsenwerving voor onze werking", "Fondsenwerving")]
    [InlineData("Onkostenvergoeding voor onze vrijwilligers", "Onkostenvergoeding")]
    [InlineData("Terugbetaling van de verplaatsingskosten", "Terugbetaling")]
    [InlineData("Laptops tegen kostprijs", "tegen kostprijs")]
    [InlineData("10% korting op cateringdiensten", "10% korting")]
    public void FindMoneyTerms_MoneyInDutch_Refused(string text, string expectedTerm)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Theory]
    [InlineData("Tweedehands kassa voor onze wereldwinkel")]
    [InlineData("Voedingsoverschotten voor de voedselbank")]
    [InlineData("Toegang tot onze gereedschapsbank voor klusjes")]
    [InlineData("Zitbanken voor de tuin van het woonzorgcentrum")]
    [InlineData("Budgetteringsworkshop voor kwetsbare gezinnen")]
    [InlineData("Hulp bij boekhouding voor een kleine vzw")]
    [InlineData("Financieel advies voor de opstart van onze vzw")]
    [InlineData("Opleiding financieel beheer voor ons bestuur")]
    [InlineData("Vrijwilligers voor de opbouw van ons festival in Geldrop")]
    [InlineData("30 europallets voor een moestuinbak")]
    [InlineData("Drukwerk: 500 affiches voor de opendeurdag")]
    [InlineData("12 m³ compost voor de schooltuin")]
    [InlineData("Tien uur coaching in communicatie")]
    [InlineData("Deals zonder geld: wij bieden onze vergaderzaal aan")]
    [InlineData("Wij vragen geen geld, enkel een helpende hand bij de verhuis")]
    [InlineData("Bestelwagen in bruikleen voor een verhuis")]
    [InlineData("Uitlening van partytenten voor het buurtfeest")]
    [InlineData("Juridisch advies bij de verlening van een vergunning")]
    [InlineData("Hulp bij het schrijven van een subsidieaanvraag")]
    [InlineData("Welke regels gelden voor vrijwilligers? Juridisch advies gezocht")]
    [InlineData("Chauffeur met geldig rijbewijs voor de minibus van ons dagcentrum")]
    [InlineData("Speelgeld en gezelschapsspellen voor de spelotheek")]
    [InlineData("Houten geldkistje voor de kassa van de fuif")]
    [InlineData("Sponsoring in natura: drank voor de vrijwilligers")]
    [InlineData("Schenking van twintig laptops aan de huiswerkklas")]
    [InlineData("Bestelwagen (Euro 6) voor het vervoer van decors")]
    [InlineData("Gratis gebruik van onze feestzaal voor 120 personen")]
    [InlineData("Fotoshoot voor jullie vereniging (waarde € 300)")]
    [InlineData("Niet-financiële steun: vrijwilligers voor de inzamelactie")]
    [InlineData("Hulp bij het openen van een bankrekening voor nieuwkomers")]
    [InlineData("Zilveren medailles voor onze judowedstrijd")]
    [InlineData("Opruimen van sluikstortingen in het park")]
    public void FindMoneyTerms_MaterialOrSkillInDutch_Accepted(string text)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Empty(terms);
    }

    [Theory]
    [InlineData("We are looking for €500 to repaint the hall", "€500")]
    [InlineData("200 euros for the children's Christmas party", "200 euros")]
    [InlineData("EUR 1,000 for new sports kit", "EUR 1,000")]
    [InlineData("$300 towards the sound system", "$300")]
    [InlineData("£50 for the bake sale", "£50")]
    [InlineData("Help us with a donation of 50 euro", "50 euro")]
    [InlineData("Cash donation for our youth club", "Cash donation")]
    [InlineData("Monetary donation towards the new playground", "Monetary donation")]
    [InlineData("Make a donation to our food bank", "Make a donation")]
    [InlineData("Financial sponsorship of our charity run", "Financial sponsorship")]
    [InlineData("Financial contribution to our school trip", "Financial contribution")]
    [InlineData("Financial support for the homework club", "Financial support")]
    [InlineData("Financial aid for families who cannot afford summer camp", "Financial aid")]
    [InlineData("Money for the end-of-year party", "Money")]
    [InlineData("Cash to pay the caterer", "Cash")]
    [InlineData("Payment in cash after the event", "cash")]
    [InlineData("A cheque for the scouts' summer camp", "cheque")]
    [InlineData("Vouchers for the local supermarket", "Vouchers")]
    [InlineData("Gift cards for our raffle", "Gift cards")]
    [InlineData("Bank transfer to cover the rent", "Bank transfer")]
    [InlineData("Paid via PayPal before the event", "PayPal")]
    [InlineData("Grant money for our community garden", "Grant money")]
    [InlineData("A small grant for our theatre project", "small grant")]
    [InlineData("Subsidy for the insulation of our clubhouse", "Subsidy")]
    [InlineData("Funding for a new minibus", "Funding")]
    [InlineData("Fundraising for our new scout hut", "Fundraising")]
    [InlineData("Crowdfunding campaign for a new roof", "Crowdfunding")]
    [InlineData("Interest-free loan for our social grocery", "loan")]
    [InlineData("Reimbursement of our volunteers' travel expenses", "Reimbursement")]
    [InlineData("Membership fees for ten children from the shelter", "Membership fees")]
    [InlineData("Laptops at cost price", "at cost price")]
    [InlineData("20% discount on catering", "20% discount")]
    public void FindMoneyTerms_MoneyInEnglish_Refused(string text, string expectedTerm)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Theory]
    [InlineData("Second-hand cash register for our charity shop")]
    [InlineData("Food for the local food bank")]
    [InlineData("Access to our bank of tools for DIY repairs")]
    [InlineData("Two garden benches for the care home")]
    [InlineData("Budgeting workshop for young people leaving care")]
    [InlineData("Bookkeeping help for a small non-profit")]
    [InlineData("Financial advice for a starting association")]
    [InlineData("Training in financial management for our board")]
    [InlineData("Workshop on money management for students")]
    [InlineData("Workshop on cash flow planning for social enterprises")]
    [InlineData("Wooden piggy banks made by our youth group")]
    [InlineData("Unsold stock from Cash & Carry for our social grocery")]
    [InlineData("Silverware for our gala dinner")]
    [InlineData("30 euro pallets for raised garden beds")]
    [InlineData("Printing 500 posters for the festival")]
    [InlineData("12 m³ of topsoil for the community garden")]
    [InlineData("Ten hours of coaching on public speaking")]
    [InlineData("Coffee for 200 volunteers")]
    [InlineData("Loan of a van to move our office")]
    [InlineData("Sound system on loan for the summer fair")]
    [InlineData("No money involved: we offer our meeting room")]
    [InlineData("Help writing a grant application for our youth centre")]
    [InlineData("Photo shoot for your association (worth €300)")]
    [InlineData("Non-financial support: volunteers for the clean-up")]
    [InlineData("Board games and play money for the toy library")]
    [InlineData("Van with Euro 6 engine for transporting stage sets")]
    [InlineData("Donation of 20 laptops for the homework club")]
    [InlineData("Sponsorship in kind: drinks for the volunteers")]
    [InlineData("Our subsidiary in Ghent offers meeting rooms")]
    [InlineData("Workshop for financially vulnerable families")]
    [InlineData("Volunteers to check in guests at the charity gala")]
    public void FindMoneyTerms_MaterialOrSkillInEnglish_Accepted(string text)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Empty(terms);
    }

    [Theory]
    [InlineData("CHÈQUE de soutien", "CHÈQUE")]
    [InlineData("CHEQUE de soutien", "CHEQUE")]
    [InlineData("cheque de soutien", "cheque")]
    [InlineData("Don D'ARGENT pour le club", "Don D'ARGENT")]
    [InlineData("Don d’argent pour le club", "Don d’argent")]
    [InlineData("Contribution financiere au camp", "Contribution financiere")]
    [InlineData("FINANCIËLE STEUN gezocht", "FINANCIËLE STEUN")]
    public void FindMoneyTerms_AnyCaseOrAccent_ReturnsTermAsWritten(string text, string expectedTerm)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Equal([expectedTerm], terms);
    }

    [Fact]
    public void FindMoneyTerms_DecomposedAccents_ReturnsTermAsWritten()
    {
        var text = "Un che\u0300que pour le club";

        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Equal(["che\u0300que"], terms);
    }

    [Fact]
    public void FindMoneyTerms_SameTermTwice_ReportedOnceInOrder()
    {
        var terms = MoneyRule.FindMoneyTerms("Cash, un chèque ou CASH : 500 € au total");

        Assert.Equal(["Cash", "chèque", "500 €"], terms);
    }

    [Fact]
    public void FindMoneyTerms_PhraseContainingMoneyWord_ReportedAsOnePhrase()
    {
        var terms = MoneyRule.FindMoneyTerms("Don d'argent de 300 euros");

        Assert.Equal(["Don d'argent", "300 euros"], terms);
    }

    [Theory]
    [InlineData("Pas d'argent, mais 200 € pour le traiteur", "200 €")]
    [InlineData("Geen materiaal maar geld voor de kas", "geld")]
    [InlineData("A cash register and €100 of change", "€100")]
    [InlineData("Bon d'achat d'une valeur de 50 €", "Bon d'achat")]
    [InlineData("20 balles pour la fête, pas des balles de tennis", "20 balles")]
    public void FindMoneyTerms_ExceptionNextToRealMoney_MoneyStillRefused(string text, string expectedTerm)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Contains(expectedTerm, terms);
    }

    [Theory]
    [InlineData("Subsidiarité et gouvernance : formation pour notre CA")]
    [InlineData("Vingt balles de tennis pour le club de mini-tennis")]
    [InlineData("20 balles de foin pour la ferme pédagogique")]
    [InlineData("Costumes de fées pour le carnaval de l'école")]
    [InlineData("Cashier training for our social grocery volunteers")]
    public void FindMoneyTerms_WordOnlyLooksLikeMoney_Accepted(string text)
    {
        var terms = MoneyRule.FindMoneyTerms(text);

        Assert.Empty(terms);
    }
}
