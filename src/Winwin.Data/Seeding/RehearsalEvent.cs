namespace Winwin.Data.Seeding;

/// <summary>
/// A big bourse for dress rehearsals: hundreds of organisations with long real-world names, hundreds or thousands of
/// offers and requests in French, Dutch and English, three-party deals whose parties each give 300 characters, and a
/// message to the room. The screens are tried on it at every size; the same seed gives the same bourse. Never seeded
/// in production.
/// </summary>
public static class RehearsalEvent
{
    public const string Slug = "repetition";

    /// <summary>The message up on the screens, near the longest a message may be.</summary>
    public const string Message =
        "Dernier quart d'heure ! Faites signer votre fiche d'accord par chaque partie, puis venez à l'accueil pour la photo de groupe sur scène.";

    private static readonly string[] Towns =
    [
        "Wavre", "Ottignies-Louvain-la-Neuve", "Chaumont-Gistoux", "Braine-l'Alleud", "Court-Saint-Étienne", "Grez-Doiceau",
        "Rixensart", "Mont-Saint-Guibert", "Beauvechain", "Jodoigne", "Perwez", "Orp-Jauche", "Tubize", "Rebecq", "Nivelles",
        "Genappe", "Villers-la-Ville", "Walhain", "Chastre", "Lasne", "Waterloo", "La Hulpe", "Overijse", "Hoeilaart",
        "Tervuren", "Sint-Pieters-Leeuw", "Vilvoorde", "Grimbergen", "Zaventem", "Kraainem",
    ];

    private static readonly string[] Surnames =
    [
        "Vandenberghe", "Dewitte", "Lambert", "Peeters", "Janssens", "Collard", "Leclercq", "Van den Bossche", "Dubois",
        "Maes", "Willems", "Claes", "Goossens", "Wouters", "De Smedt", "Lemaire", "Hubert", "Renard", "Coppens", "Simon",
    ];

    // {0}: a town, {1} and {2}: surnames. Long names as registered, with their legal form.
    private static readonly (OrganizationKind Kind, string Sector, string Name)[] Names =
    [
        (OrganizationKind.Association, "Action sociale", "Centre Public d'Action Sociale de {0} — Service d'insertion socioprofessionnelle et de médiation de dettes"),
        (OrganizationKind.Association, "Éducation", "Association des Parents de l'École communale fondamentale de {0} ASBL"),
        (OrganizationKind.Association, "Buurtwerk", "Vereniging voor Duurzame Ontwikkeling en Buurtwerking {0} vzw"),
        (OrganizationKind.Association, "Culture", "Koninklijke Harmonie Sint-Cecilia {0} en Omstreken vzw"),
        (OrganizationKind.Company, "Travail adapté", "Entreprise de Travail Adapté Les Ateliers Protégés de {0} SCRL à finalité sociale"),
        (OrganizationKind.Company, "Construction", "{1} & Fils — Menuiserie, Charpente et Rénovation de bâtiments anciens à {0} SRL"),
        (OrganizationKind.Association, "Action sociale", "Fédération des Services Sociaux de la Région de {0} et du Brabant wallon ASBL"),
        (OrganizationKind.Association, "Économie circulaire", "Repair Café {0} — Atelier de réparation citoyen et solidaire"),
        (OrganizationKind.Company, "Ingénierie", "Bureau d'Études Techniques {1}, {2} et Associés — {0} SRL"),
        (OrganizationKind.Association, "Welzijn", "Lokaal Dienstencentrum De Zonnebloem {0} — Ontmoeting en Zorg voor Senioren vzw"),
        (OrganizationKind.Association, "Patrimoine", "Cercle Royal d'Histoire et d'Archéologie de {0} et environs ASBL"),
        (OrganizationKind.Company, "Comptabilité", "Fiduciaire {1} & {2} de {0} — Experts-comptables et conseils fiscaux SRL"),
        (OrganizationKind.Association, "Jeunesse", "Maison de Jeunes Le Tremplin de {0} — Centre d'expression et de créativité ASBL"),
        (OrganizationKind.Company, "Informatique", "{1} Informatique Solutions {0} — Reconditionnement de matériel informatique SRL"),
        (OrganizationKind.Association, "Aide alimentaire", "Épicerie sociale et solidaire Le Panier de {0} ASBL"),
        (OrganizationKind.Association, "Sport", "Royal Football Club Union Sportive {0} — École des jeunes ASBL"),
        (OrganizationKind.Company, "Horeca", "Brasserie artisanale du Lothier — {1} Frères, brasseurs à {0} SRL"),
        (OrganizationKind.Association, "Environnement", "Les Amis du Parc et de la Vallée de la Dyle à {0} ASBL"),
        (OrganizationKind.Company, "Transport", "Transports et Déménagements {1} International — Dépôt de {0} SA"),
        (OrganizationKind.Association, "Integratie", "Vluchtelingenwerk en Taalcafé Samen Sterk {0} vzw"),
        (OrganizationKind.Company, "Communication", "Agence de Communication Com'une {0} — Graphisme, web et relations presse SRL"),
        (OrganizationKind.Association, "Santé", "Ligue des Familles — Section locale de {0} et de la vallée de la Lasne ASBL"),
        (OrganizationKind.Company, "Hôtellerie", "Hôtel-Restaurant Les Tilleuls de {0} — Séminaires et banquets SRL"),
        (OrganizationKind.Association, "Handicap", "Handi-Sport Brabant — Section {0} pour le sport adapté et inclusif ASBL"),
    ];

    /// <summary>
    /// Nearly the longest name an organisation may have (147 of 150 characters), as some registered names are: the screens
    /// must show it whole or shorten it visibly, never cut it blindly.
    /// </summary>
    public const string LongestName =
        "Association Intercommunale pour l'Aménagement et l'Expansion Économique du Brabant wallon et de la région — Service de Développement Local et Rural";

    private static readonly (ListingKind Kind, string Category, string Title, string Description)[] Listings =
    [
        (ListingKind.Offer, "means", "Six ordinateurs portables reconditionnés", "Windows réinstallé, garantie six mois, sacoches comprises. Idéal pour une école de devoirs ou un espace public numérique."),
        (ListingKind.Request, "means", "Laptops for our homework club", "Six or more laptops, even old ones, for children aged 8 to 14 who come three afternoons a week."),
        (ListingKind.Offer, "transport", "Prêt d'une camionnette le week-end", "Utilitaire de 12 m³, avec ou sans chauffeur, au départ de notre dépôt."),
        (ListingKind.Request, "transport", "Bestelwagen voor een verhuis van een gezin", "Een zaterdag in april, met twee helpende handen als het kan."),
        (ListingKind.Offer, "space", "Salle de réunion pour 20 personnes en semaine", "De 9 h à 16 h, café compris, projecteur et tableau blanc disponibles sur demande."),
        (ListingKind.Request, "space", "Ruimte voor onze maandelijkse bijeenkomst", "Een zaal voor 40 mensen, één avond per maand, liefst toegankelijk voor rolstoelen."),
        (ListingKind.Offer, "hands", "Animation d'une fête du personnel", "Jeux coopératifs et grimage, par nos jeunes animateurs, pour 30 à 80 personnes."),
        (ListingKind.Request, "hands", "Bénévoles pour la collecte de printemps", "Deux samedis de mai, devant les supermarchés de la commune, par équipes de quatre."),
        (ListingKind.Offer, "knowledge", "Aide à la comptabilité d'une ASBL", "Dix heures pour mettre en place une comptabilité simple et les obligations annuelles."),
        (ListingKind.Request, "knowledge", "Atelier CV et entretien d'embauche", "Pour des jeunes de 16 à 20 ans, deux séances d'une matinée."),
        (ListingKind.Offer, "visibility", "Mention dans notre newsletter", "1 200 abonnés dans la commune, parution le premier lundi du mois."),
        (ListingKind.Request, "visibility", "Reportage photo pour notre nouveau site", "Quelques belles photos de l'atelier et des bénévoles au travail."),
        (ListingKind.Offer, "means", "Linge de lit et serviettes en bon état", "Une centaine de pièces, lavées et pliées, à venir chercher à l'hôtel."),
        (ListingKind.Request, "means", "Étagères métalliques et un frigo vitrine", "Pour le magasin de l'épicerie sociale qui déménage en juin."),
        (ListingKind.Offer, "hands", "Petits travaux de menuiserie pour une association", "Une journée de travail de deux menuisiers, matériaux à fournir par l'association."),
        (ListingKind.Request, "hands", "Extra hands to paint our community centre", "Two Saturdays in June, paint and brushes provided, lunch offered to every volunteer."),
        (ListingKind.Offer, "knowledge", "Cours de français pour des collaborateurs", "Dix séances pour des travailleurs non francophones, en petit groupe, sur le lieu de travail."),
        (ListingKind.Request, "knowledge", "Advies over toegankelijkheid van ons gebouw", "Wat moeten we aanpassen zodat rolstoelgebruikers vlot binnen kunnen?"),
        (ListingKind.Offer, "space", "Parking pour un événement le dimanche", "Quarante places, éclairées, à deux pas de la gare."),
        (ListingKind.Request, "space", "Lieu original pour notre drink de fin d'année", "Un lieu pour 50 personnes, un vendredi soir de décembre, avec une petite cuisine."),
        (ListingKind.Offer, "transport", "Minibus de neuf places avec chauffeur", "Pour une excursion d'une journée en Belgique, à réserver un mois à l'avance."),
        (ListingKind.Request, "transport", "Chauffeur pour les tournées du jeudi", "Permis B, quatre heures par semaine, pour livrer les colis aux familles."),
        (ListingKind.Offer, "visibility", "Création d'un logo et d'une charte graphique simple", "Pour une association qui se lance ou qui veut rafraîchir son image, trois propositions."),
        (ListingKind.Request, "visibility", "Naamsbekendheid vergroten bij jonge gezinnen", "Hoe bereiken we ouders van jonge kinderen in de gemeente?"),
        (ListingKind.Offer, "other", "Visite guidée de notre brasserie pour un groupe", "Une heure de visite et une dégustation de jus de pomme de la région."),
        (ListingKind.Request, "other", "Parrain ou marraine pour un jeune entrepreneur", "Un échange par mois pendant un an, avec une personne d'expérience du secteur."),
        (ListingKind.Offer, "means", "Chutes de bois, planches et panneaux pour des ateliers de bricolage avec des enfants et des adolescents du quartier", "À venir chercher à l'atelier, sur rendez-vous, une remorque suffit."),
        (ListingKind.Request, "means", "Outils de jardinage pour notre potager partagé", "Bêches, râteaux, brouettes et arrosoirs pour une vingtaine de jardiniers."),
        (ListingKind.Offer, "knowledge", "Workshop social media for small associations", "Two hours on planning posts, taking good photos with a phone and answering comments."),
        (ListingKind.Request, "hands", "Tri des denrées en décembre", "Une équipe de huit personnes pour une journée au dépôt de la banque alimentaire."),
    ];

    // Each exactly 300 characters, the most a party may give.
    private static readonly string[] Gifts =
    [
        "Six ordinateurs portables reconditionnés avec leurs chargeurs et leurs sacoches, Windows et une suite bureautique installés, une demi-journée d'installation sur place et une formation de deux heures pour les animateurs de l'école de devoirs, puis un an de dépannage à distance le mercredi après-midi.",
        "Une animation complète de la fête du personnel pour quatre-vingt-dix personnes : jeux coopératifs, grimages et atelier de cuisine du monde préparés par les jeunes de la maison de quartier, avec la décoration de la salle, le montage et le rangement, puis un joli spectacle de clôture de vingt minutes.",
        "Le prêt de notre salle de réunion pour vingt personnes un mardi sur deux pendant sept mois, café et eau compris, avec le projecteur, le tableau blanc et l'accès au parking, ainsi qu'une visite guidée de notre atelier de reconditionnement pour tous les bénévoles qui voudraient découvrir notre métier.",
        "Une camionnette de douze mètres cubes avec chauffeur pour trois samedis de déménagement, des couvertures de protection et un diable, et l'aide de deux collègues costauds pour porter les meubles les plus lourds, au départ de notre dépôt et dans un rayon de vingt kilomètres autour de la gare de Wavre.",
    ];

    private static readonly string[] ShortGifts =
    [
        "Un logo et une charte graphique", "Une page dans sa newsletter", "Une visite guidée pour le personnel", "Deux journées de bénévolat",
        "Un atelier de réparation", "Le prêt d'un minibus", "Des conseils en comptabilité", "Un reportage photo",
    ];

    /// <summary>A bourse of <paramref name="organizations"/> organisations and <paramref name="listings"/> open offers and requests.</summary>
    /// <param name="now">The clock: the bourse is tonight, from one hour ago for two hours.</param>
    public static Event Create(string slug, DateTime now, int organizations = 160, int listings = 500, EventPhase phase = EventPhase.Open)
    {
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-1);
        var ev = new Event
        {
            Slug = slug,
            Name = "Bourse d'échanges Winwin du Brabant wallon et de la vallée de la Dyle — Édition de printemps",
            Municipality = "Ottignies-Louvain-la-Neuve",
            Venue = "Ferme du Biéreau, grange principale, place Polyvalente 3",
            StartsAt = start,
            EndsAt = start.AddHours(2),
            Phase = phase,
            DefaultLanguage = "fr",
            CreatedAt = now,
            Categories = Category.CreateDefaults(),
        };
        for (var i = 0; i < organizations; i++)
        {
            var (kind, sector, template) = Names[i % Names.Length];
            var town = Towns[i / Names.Length % Towns.Length];
            var name = i == 0 ? LongestName : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, town,
                Surnames[i % Surnames.Length], Surnames[(i / Surnames.Length + 3) % Surnames.Length]);
            if (i >= Names.Length * Towns.Length)
            {
                name = Clip($"{name} ({i / (Names.Length * Towns.Length) + 1})", Organization.NameMaxLength);
            }
            ev.Organizations.Add(new Organization
            {
                Name = name,
                Kind = kind,
                Sector = sector,
                TableNumber = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Description = $"{sector} à {town}. Nous venons à la bourse pour rencontrer des partenaires et échanger des services.",
                ContactName = $"{Surnames[(i + 7) % Surnames.Length]} Contact {i + 1}",
                ContactEmail = $"contact{i + 1}@repetition.example",
                ContactPhone = $"+32 10 {i / 100 % 100:00} {i % 100:00} 00",
                IsPresent = i % 9 != 0,
                CreatedAt = now,
            });
        }
        var categories = ev.Categories.ToDictionary(c => c.Key);
        for (var i = 0; i < listings; i++)
        {
            var (kind, category, title, description) = Listings[i % Listings.Length];
            var round = i / Listings.Length;
            ev.Organizations[(i * 7 + round) % organizations].Listings.Add(new Listing
            {
                Event = ev,
                Kind = kind,
                Category = categories[category],
                Title = round == 0 ? title : Clip($"{title} ({round + 1})", Listing.TitleMaxLength),
                Description = description,
                CreatedAt = now.AddHours(-2),
            });
        }
        return ev;
    }

    /// <summary>
    /// The deals of the rehearsal, in the order they are announced: mostly two parties, some one-way, and every third a
    /// three-party deal whose parties each give 300 characters (the longest allowed). The last one is such a deal, so
    /// that it holds the spotlight. Parties are organisation indexes.
    /// </summary>
    public static IReadOnlyList<(int[] Parties, string?[] Gives, string Category)> Deals(int organizations, int count = 24)
    {
        var deals = new List<(int[] Parties, string?[] Gives, string Category)>();
        string[] categories = ["means", "hands", "knowledge", "visibility", "space", "transport"];
        for (var i = 0; i < count; i++)
        {
            var a = i * 5 % organizations;
            var b = (i * 5 + 1) % organizations;
            var c = (i * 5 + 2) % organizations;
            if (i % 3 == 2 || i == count - 1)
            {
                deals.Add(([a == 0 ? 1 : 0, b, c], [Gifts[i % Gifts.Length], Gifts[(i + 1) % Gifts.Length], Gifts[(i + 2) % Gifts.Length]], categories[i % categories.Length]));
            }
            else if (i % 5 == 1)
            {
                deals.Add(([a, b], [ShortGifts[i % ShortGifts.Length], null], categories[i % categories.Length]));
            }
            else
            {
                deals.Add(([a, b], [ShortGifts[i % ShortGifts.Length], ShortGifts[(i + 3) % ShortGifts.Length]], categories[i % categories.Length]));
            }
        }
        return deals;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
