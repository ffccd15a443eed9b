namespace Winwin.Data.Seeding;

/// <summary>A realistic demo bourse in a Walloon town, for development and screenshots. Production never seeds.</summary>
public static class DemoEvent
{
    public const string Slug = "demo";

    private sealed record Org(string Name, OrganizationKind Kind, string Sector, string Table, string Contact, string Email, string Phone,
        (ListingKind Kind, string Category, string Title, string Description)[] Listings);

    private const ListingKind O = ListingKind.Offer;
    private const ListingKind R = ListingKind.Request;
    private const OrganizationKind Co = OrganizationKind.Company;
    private const OrganizationKind As = OrganizationKind.Association;

    private static readonly Org[] Orgs =
    [
        new("Boulangerie Dewitte", Co, "Alimentation", "1", "Sophie Dewitte", "sophie@boulangerie-dewitte.be", "+32 10 22 31 45",
            [(O, "means", "Invendus du jour pour une épicerie sociale", "Pains et viennoiseries de la veille, trois fois par semaine."),
             (R, "visibility", "Photos pour notre page Facebook", "Quelques belles photos de l'atelier et des produits.")]),
        new("Les Amis du Parc", As, "Environnement", "2", "Marc Lambert", "marc.lambert@amisduparc.be", "+32 477 12 34 56",
            [(R, "hands", "Bras pour planter une haie", "Samedi matin, 10 personnes pour planter 200 m de haie indigène."),
             (O, "knowledge", "Atelier de reconnaissance des arbres", "Une balade guidée de deux heures pour une équipe.")]),
        new("Imprimerie Leclercq", Co, "Imprimerie", "3", "Julie Leclercq", "julie@leclercq-print.be", "+32 10 45 67 89",
            [(O, "means", "Impression de 500 affiches A3", "Papier recyclé, quadrichromie, délai une semaine."),
             (R, "knowledge", "Conseils pour notre plan de mobilité", "Nos 25 employés voudraient venir à vélo.")]),
        new("Croix-Rouge — Maison d'accueil", As, "Social", "4", "Nadia Benali", "nadia.benali@croix-rouge.be", "+32 478 98 76 54",
            [(R, "means", "Ordinateurs portables pour l'école de devoirs", "Six PC portables, même anciens, pour des enfants de 8 à 14 ans."),
             (R, "transport", "Camionnette pour un déménagement", "Un samedi en avril pour une famille accueillie."),
             (O, "knowledge", "Formation aux premiers secours", "Une demi-journée pour 12 personnes.")]),
        new("Garage Martin & Fils", Co, "Automobile", "5", "Philippe Martin", "p.martin@garagemartin.be", "+32 10 41 11 22",
            [(O, "transport", "Prêt d'une camionnette le week-end", "Utilitaire 12 m³, avec ou sans chauffeur."),
             (O, "space", "Parking pour un événement", "40 places le dimanche.")]),
        new("Repair Café Wavre", As, "Économie circulaire", "6", "Luc Dubois", "luc@repaircafe-wavre.be", "+32 479 33 22 11",
            [(R, "space", "Local pour nos sessions mensuelles", "Une salle de 60 m² un samedi après-midi par mois."),
             (O, "hands", "Réparation du petit électroménager", "Une session de réparation pour le personnel d'une entreprise.")]),
        new("Fiduciaire Vandenberghe", Co, "Comptabilité", "7", "Anne Vandenberghe", "anne@fiduciaire-vdb.be", "+32 10 24 68 10",
            [(O, "knowledge", "Aide à la comptabilité d'une ASBL", "Dix heures pour mettre en place une comptabilité simple."),
             (R, "hands", "Animation pour notre fête du personnel", "Un atelier ou un jeu pour 30 personnes en juin.")]),
        new("Maison des Jeunes Le Tremplin", As, "Jeunesse", "8", "Karim El Amrani", "karim@letremplin.be", "+32 471 55 66 77",
            [(O, "hands", "Animation d'une fête du personnel", "Jeux coopératifs et grimage, par nos jeunes animateurs."),
             (R, "means", "Matériel de sport", "Ballons, chasubles, filets de badminton."),
             (R, "knowledge", "Atelier CV et entretien d'embauche", "Pour des jeunes de 16 à 20 ans.")]),
        new("Brasserie du Lothier", Co, "Horeca", "9", "Thomas Renard", "thomas@brasseriedulothier.be", "+32 10 88 77 66",
            [(O, "space", "Salle de réunion pour 20 personnes", "En semaine, de 9 h à 16 h, café compris."),
             (R, "visibility", "Article dans un bulletin associatif", "Nous lançons une bière au profit du quartier.")]),
        new("Épicerie sociale Le Panier", As, "Aide alimentaire", "10", "Claire Hubert", "claire@lepanier.be", "+32 472 44 33 22",
            [(R, "means", "Étagères et frigo pour le magasin", "Un frigo vitrine et trois étagères métalliques."),
             (R, "hands", "Bénévoles pour la collecte de printemps", "Deux samedis, devant les supermarchés."),
             (O, "visibility", "Mention dans notre newsletter", "1 200 abonnés dans la commune.")]),
        new("Bureau d'architecture Atelier 4", Co, "Architecture", "11", "Pierre Gilson", "pierre@atelier4.be", "+32 10 23 45 67",
            [(O, "knowledge", "Conseil en aménagement d'un local", "Deux visites et un plan d'aménagement."),
             (R, "knowledge", "Atelier sur l'accessibilité PMR", "Mieux comprendre les besoins des personnes à mobilité réduite.")]),
        new("Handi-Sport Brabant", As, "Sport adapté", "12", "Isabelle Coppens", "isabelle@handisport-bw.be", "+32 475 21 43 65",
            [(O, "knowledge", "Sensibilisation au handicap", "Un atelier de mise en situation pour une équipe."),
             (R, "transport", "Transport d'un minibus vers un tournoi", "Un aller-retour à Namur en mai.")]),
        new("Informatique Solutions SRL", Co, "Informatique", "13", "David Peeters", "david@infosolutions.be", "+32 10 60 70 80",
            [(O, "means", "Six ordinateurs portables reconditionnés", "Windows réinstallé, garantie six mois."),
             (O, "knowledge", "Aide pour un site web", "Une journée pour mettre à jour un site WordPress.")]),
        new("Les Potagers Partagés", As, "Environnement", "14", "Emma Lefèvre", "emma@potagerspartages.be", "+32 476 90 80 70",
            [(R, "means", "Outils de jardinage", "Bêches, râteaux, brouettes."),
             (O, "hands", "Entretien d'espaces verts d'entreprise", "Une journée de désherbage et de plantation.")]),
        new("Agence Com'une", Co, "Communication", "15", "Laura Simon", "laura@comune.be", "+32 10 33 44 55",
            [(O, "visibility", "Création d'un logo", "Un logo et une charte graphique simple pour une association."),
             (R, "space", "Lieu pour notre drink de fin d'année", "Un lieu original pour 50 personnes.")]),
        new("Centre culturel de Wavre", As, "Culture", "16", "Olivier Jacobs", "o.jacobs@ccwavre.be", "+32 10 22 19 19",
            [(O, "space", "Salle de spectacle en semaine", "Une salle de 200 places un mardi soir."),
             (R, "hands", "Montage des décors du festival", "Cinq personnes pendant deux jours en juillet.")]),
        new("Menuiserie Collard", Co, "Construction", "17", "Benoît Collard", "benoit@menuiserie-collard.be", "+32 10 81 23 23",
            [(O, "hands", "Petits travaux de menuiserie", "Une journée de travail pour une association."),
             (O, "means", "Chutes de bois", "Planches et panneaux pour des ateliers de bricolage.")]),
        new("Alpha Wavre — cours de français", As, "Éducation", "18", "Martine Dupont", "martine@alphawavre.be", "+32 473 12 12 12",
            [(R, "means", "Tableau blanc et chaises", "Pour une nouvelle classe de 15 apprenants."),
             (O, "knowledge", "Cours de français pour des collaborateurs", "Dix séances pour des travailleurs non francophones.")]),
        new("Banque alimentaire du Brabant wallon", As, "Aide alimentaire", "19", "Georges Lemaire", "georges@ba-bw.be", "+32 10 65 43 21",
            [(R, "transport", "Chauffeur pour les tournées du jeudi", "Permis B, quatre heures par semaine."),
             (R, "hands", "Tri des denrées en décembre", "Une équipe de 8 personnes pour une journée.")]),
        new("Hôtel Les Tilleuls", Co, "Hôtellerie", "20", "Sarah Vermeulen", "sarah@hotel-tilleuls.be", "+32 10 47 47 47",
            [(O, "means", "Linge de lit et serviettes", "Une centaine de pièces en bon état."),
             (R, "visibility", "Présence dans un guide local", "Faire connaître notre salle de séminaire.")]),
    ];

    /// <summary>A few deals concluded early in the evening: (organisation names, what each gives, category key).</summary>
    public static readonly IReadOnlyList<(string[] Parties, string?[] Gives, string Category)> Deals =
    [
        (["Informatique Solutions SRL", "Croix-Rouge — Maison d'accueil"],
            ["Six ordinateurs portables reconditionnés", "Une formation aux premiers secours pour l'équipe"], "means"),
        (["Garage Martin & Fils", "Banque alimentaire du Brabant wallon"],
            ["Une camionnette un jeudi par mois", "Une visite de l'entrepôt pour le personnel"], "transport"),
        (["Menuiserie Collard", "Repair Café Wavre"],
            ["Des chutes de bois pour les ateliers", null], "means"),
    ];

    /// <summary>The demo event with its categories, organisations and listings, ready to be added.</summary>
    public static Event Create(DateTime nowUtc)
    {
        var startsAt = nowUtc.Date.AddHours(17);
        var ev = new Event
        {
            Slug = Slug,
            Name = "Bourse Winwin de Wavre",
            Municipality = "Wavre",
            Venue = "Hôtel de Ville — Salle des mariages",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            Phase = EventPhase.Open,
            CreatedAt = nowUtc,
            Categories = Category.CreateDefaults(),
        };
        foreach (var org in Orgs)
        {
            var organization = new Organization
            {
                Name = org.Name,
                Kind = org.Kind,
                Sector = org.Sector,
                TableNumber = org.Table,
                ContactName = org.Contact,
                ContactEmail = org.Email,
                ContactPhone = org.Phone,
                IsPresent = true,
                CreatedAt = nowUtc,
            };
            foreach (var (kind, category, title, description) in org.Listings)
            {
                organization.Listings.Add(new Listing
                {
                    Event = ev,
                    Kind = kind,
                    Category = ev.Categories.Single(c => c.Key == category),
                    Title = title,
                    Description = description,
                    CreatedAt = nowUtc,
                });
            }
            ev.Organizations.Add(organization);
        }
        return ev;
    }
}
