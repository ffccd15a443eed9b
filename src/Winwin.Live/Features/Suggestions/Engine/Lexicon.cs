namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// A small curated lexicon of common exchange terms in French, Dutch and English, written for
/// Winwin Live: words that mean the same thing share a concept, so that "laptops" finds
/// "ordinateurs portables" and "bestelwagen" finds "camionnette". A concept may name a broader
/// one ("laptop > computer"): a request for computers then also finds laptops, more weakly.
/// </summary>
/// <remarks>
/// <para>
/// Sources: the first part (from "computer" to "driver") was written for the project from the
/// exchanges that Belgian and Dutch bourses typically record. The category vocabularies at the end
/// (space, visibility, hands, knowledge, means, transport) were written for the project from the
/// definitions of the default categories (docs: DESIGN.md, "Default categories") and the examples of
/// the bourse's own category descriptions (a space: zaal, ruimte, lokaal, kantine, salle, local,
/// room, hall; visibility: reportage, article, logo, affiche, jury); each group names its source
/// in the comment above it. Dutch words were checked against the OpenTaal word list.
/// </para>
/// One concept per line: <c>name[ &gt; broader]: term, term, ...</c>. Terms are analysed like
/// listing text (lower case, accents folded, stemmed in each language), so singular and plural
/// forms need not both be listed. Multi-word terms match consecutive words.
/// </remarks>
public static class Lexicon
{
    public const string Data = """
        computer: ordinateur, ordi, pc, computer, computers, informatique, it-materiaal, hardware
        laptop > computer: ordinateur portable, pc portable, laptop, notebook, draagbare computer
        desktop > computer: ordinateur fixe, pc fixe, desktop, vaste computer
        tablet > computer: tablette, tablet, ipad
        screen > computer: écran, moniteur, beeldscherm, scherm, monitor, screen
        printer: imprimante, printer, drukker, photocopieuse, kopieermachine, copier
        smartphone: smartphone, gsm, téléphone portable, mobiele telefoon, mobile phone, telefoon
        software: logiciel, software, programme, application, app, toepassing
        website: site web, site internet, website, webpagina, webshop, e-shop
        socialmedia: réseaux sociaux, facebook, instagram, linkedin, sociale media, social media
        van > vehicle: camionnette, fourgon, utilitaire, bestelwagen, bestelbus, busje, van, lorry
        vehicle: véhicule, voiture, auto, wagen, voertuig, vehicle, car
        truck > vehicle: camion, vrachtwagen, verhuiswagen, truck, moving van
        bicycle: vélo, bicyclette, fiets, bike, bicycle, cargo bike, bakfiets, vélo cargo
        minibus > vehicle: minibus, kleinbus, busje, people carrier
        transport: transport, transporter, vervoer, vervoeren, déménagement, verhuis, verhuizen, moving, livraison, levering, delivery, rit, ritten
        volunteer: bénévole, bénévolat, volontaire, vrijwilliger, vrijwilligerswerk, volunteer, volunteering
        hands: bras, coup de main, main-d'oeuvre, handen, helpende handen, helping hands, extra hands, manpower
        room > space: salle, salle de réunion, zaal, vergaderzaal, lokaal, ruimte, room, meeting room, hall
        space: espace, locaux, ruimte, space, premises
        storage > space: stockage, entreposage, entrepôt, garde-meuble, opslag, opslagruimte, magazijn, storage, warehouse
        office > space: bureau, bureaux, kantoor, kantoorruimte, office, werkplek, poste de travail, desk
        kitchen > space: cuisine, keuken, kitchen, cuisine professionnelle
        garden: jardin, potager, tuin, moestuin, garden, vegetable garden, jardinage, tuinieren, gardening
        furniture: mobilier, meubles, meubel, meubilair, furniture, chaises, tables, stoelen, tafels, chairs
        chair > furniture: chaise, stoel, chair
        table > furniture: table, tafel
        cupboard > furniture: armoire, kast, cupboard, étagère, rek, shelves
        paint: peinture, peindre, verf, schilderen, schilderwerk, paint, painting
        renovation: rénovation, travaux, bricolage, klussen, klusjes, opknappen, renovatie, renovation, odd jobs, diy
        tools: outils, outillage, gereedschap, tools, boormachine, foreuse, perceuse, drill
        cleaning: nettoyage, ménage, schoonmaak, poetsen, cleaning
        catering: traiteur, catering, repas, maaltijd, maaltijden, meals, lunch, buffet, sandwiches, broodjes
        food: nourriture, alimentation, denrées, vivres, voedsel, eten, food, voedingsmiddelen, colis alimentaires, voedselpakketten, food parcels
        drinks: boissons, drank, dranken, drinks, koffie, café, coffee
        clothes: vêtements, kleding, kleren, clothes, clothing, textiel, textile
        toys: jouets, speelgoed, toys, jeux, spelletjes, games
        books: livres, boeken, books, bibliothèque, bibliotheek, library
        school supplies: fournitures scolaires, schoolgerief, schoolmateriaal, school supplies, cartables, boekentassen
        paper: papier, paper, enveloppes, enveloppen
        sport: sport, sports, sportief, sportif, voetbal, football, soccer
        sport equipment > sport: matériel de sport, sportmateriaal, sports equipment, ballons, ballen, balls
        accounting: comptabilité, comptable, boekhouding, boekhouder, accounting, accountant, bookkeeping
        tax: fiscalité, impôts, belastingen, fiscaliteit, tax, taxes
        legal: juridique, droit, avocat, juriste, juridisch, advocaat, jurist, legal, lawyer, statuts, statuten
        hr: ressources humaines, recrutement, rh, personeelsbeleid, human resources, hr, recruitment, werving, sollicitatie, job application, candidature
        marketing: marketing, communication, communicatie, promotion, promotie, publicité, reclame, advertising
        graphic design: graphisme, graphiste, mise en page, grafisch ontwerp, vormgeving, lay-out, graphic design, designer, logo, affiche, affiches, poster, posters, flyer, flyers, folder
        photo: photo, photos, photographe, photographie, foto, fotograaf, fotografie, photographer, photography, vidéo, video, film
        print > paper: impression, imprimer, drukwerk, drukken, printing, print
        translation: traduction, traducteur, vertaling, vertalen, vertaler, translation, translate, translator
        language: langue, langues, néerlandais, français, anglais, taal, talen, nederlands, frans, engels, language, dutch, french, english
        coaching: coaching, coach, accompagnement, mentorat, begeleiding, mentoring, advies, conseil, advice, consultancy
        training: formation, formations, atelier, workshop, opleiding, vorming, cursus, training, course, workshops
        teambuilding: teambuilding, team building, team-building, activité d'équipe, teamactiviteit, bedrijfsuitje, journée d'entreprise
        event: événement, évènement, fête, soirée, evenement, feest, event, party, festival
        sound: sono, sonorisation, geluid, geluidsinstallatie, sound system, sound, micro, microfoon, microphone, luidsprekers, speakers, baffles
        light: éclairage, lumière, verlichting, licht, lighting
        tent: tente, chapiteau, tent, partytent, marquee, tonnelle
        music: musique, musicien, concert, muziek, muzikant, music, musician, band
        first aid: premiers secours, secourisme, ehbo, eerste hulp, first aid
        health: santé, gezondheid, health, bien-être, welzijn, wellbeing
        elderly: personnes âgées, seniors, aînés, ouderen, senioren, elderly, older people
        children: enfants, jeunes, jeunesse, kinderen, jongeren, jeugd, children, kids, youth, young people
        homework: devoirs, école des devoirs, huiswerk, huiswerkbegeleiding, homework, tutoring, bijles, remédiation
        newcomers: primo-arrivants, réfugiés, migrants, nieuwkomers, vluchtelingen, newcomers, refugees
        visibility: visibilité, faire connaître, notoriété, zichtbaarheid, naambekendheid, bekendheid, bekend maken, visibility, exposure, make known
        newsletter: newsletter, bulletin, nieuwsbrief, mailing
        energy: énergie, energie, energy, panneaux solaires, zonnepanelen, solar panels, isolation, isolatie, insulation
        electricity: électricité, électricien, elektriciteit, elektricien, electricity, electrician
        plumbing: plomberie, plombier, sanitair, loodgieter, plumbing, plumber
        sewing: couture, coudre, couturière, naaien, naaister, naaiwerk, naaiatelier, sewing, seamstress, tailor, machine à coudre, naaimachine, sewing machine
        repair: réparation, réparer, repair café, herstelling, herstellen, repareren, repair, fix
        bike repair > repair: réparation vélo, fietsherstelling, bike repair
        waste: déchets, recyclage, afval, recycling, waste, tri
        packaging: emballage, emballages, cartons, verpakking, dozen, packaging, boxes, boîtes
        pallets: palettes, paletten, pallets
        wood: bois, hout, wood, planches, planken
        fundraising: collecte, récolte de dons, inzameling, sponsoring, sponsor, mécénat, fundraising
        administration: administration, administratif, secrétariat, administratie, secretariaat, paperwork, admin
        database: base de données, fichier, excel, tableur, databank, spreadsheet, database
        cybersecurity: sécurité informatique, cybersécurité, cyberveiligheid, cybersecurity, it security
        wifi: wifi, wi-fi, internet, réseau, netwerk, network
        data protection: rgpd, gdpr, avg, privacy, vie privée, protection des données
        strategy: stratégie, plan stratégique, strategie, beleidsplan, strategy, business plan, plan d'affaires, ondernemingsplan
        project management: gestion de projet, projectbeheer, projectmanagement, project management, planning
        presentation: présentation, prise de parole, presenteren, spreken in het openbaar, presentation, public speaking, pitch
        interview: entretien, sollicitatiegesprek, interview, job interview, entretien d'embauche
        cv: cv, curriculum, résumé, lettre de motivation, motivatiebrief, cover letter
        job: emploi, stage, stages, stagiaire, stagiair, job, stageplaats, stageplaatsen, internship, intern, trainee, work placement, vacature
        parking: parking, parkeerplaats, parkeren, car park
        photocopies > print: photocopies, fotokopieën, kopies, copies
        meeting: réunion, vergadering, meeting, rencontre, ontmoeting
        garden tools > tools: outils de jardin, tuingereedschap, garden tools, tondeuse, grasmaaier, lawn mower
        plants > garden: plantes, fleurs, planten, bloemen, plants, flowers, arbres, bomen, trees
        animals: animaux, dieren, animals, chiens, honden, dogs, chats, katten, cats
        bread: pain, brood, bread, boulangerie, bakkerij, bakery, viennoiseries
        fruit > food: fruits, légumes, fruit, groenten, vegetables
        hygiene: hygiène, produits d'hygiène, hygiëne, verzorgingsproducten, toiletries, savon, zeep, soap
        blankets: couvertures, dekens, blankets, sacs de couchage, slaapzakken, sleeping bags
        kitchen equipment > kitchen: vaisselle, casseroles, servies, potten en pannen, keukengerief, dishes, cookware, frigo, koelkast, fridge, réfrigérateur
        reading: lecture, lire, lezen, voorlezen, reading
        art: art, artiste, kunst, kunstenaar, artist, peinture murale, fresque, muurschildering, mural
        theatre: théâtre, toneel, theater, theatre, spectacle, voorstelling, show
        costume: costume, costumes, déguisement, kostuum, verkleedkleren, costumes
        neighbourhood: quartier, voisins, buurt, wijk, buurtbewoners, neighbourhood, neighborhood, neighbours, neighbors
        driver: chauffeur, bestuurder, driver, conducteur, permis, rijbewijs, driving licence

        # ---- Category vocabularies ------------------------------------------------------------
        # Space. Source: the default category "space/premises" (DESIGN.md) and the examples of its
        # vocabulary in the project's issue list (zaal, ruimte, lokaal, kantine, salle, local, room, hall).
        # Not "local": in French it is as often the adjective ("engagement local") as the room.
        venue > room: salle, salle polyvalente, salle des fêtes, cantine, zaal, feestzaal, polyvalente zaal, lokaal, ruimte, kantine, room, hall, canteen, venue
        # Visibility. Source: the default category "visibility/communication" (DESIGN.md) and the examples
        # of its vocabulary in the project's issue list (reportage, article, logo, affiche, jury).
        press > visibility: reportage, article, presse, journal, journaliste, médias, reportage, artikel, pers, krant, journalist, media, press, article, newspaper, journalist, report
        jury > visibility: jury, jurylid, jury member
        # Links between the concepts above and the categories they belong to (source: DESIGN.md's default
        # categories). A link counts half as much as the concept itself.
        renovation > hands: rénovation
        coaching > knowledge: coaching
        training > knowledge: formation
        vehicle > transport: véhicule
        """;
}
