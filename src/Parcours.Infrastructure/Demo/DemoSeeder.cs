using Parcours.Domain.Evaluation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Committees;
using Parcours.Domain.FollowUps;
using Parcours.Domain.Pairs;
using Parcours.Domain.People;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Resources;
using Parcours.Domain.Sessions;
using Parcours.Domain.Territories;
using Parcours.Infrastructure.Identity;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Demo;

/// <summary>
/// The 2017–2018 pilot as ../shared/domain.md tells it: 13 territories solicited, 11 accepted,
/// 2 declined, a binôme each, and one account per role. Territory and person names are invented:
/// the sources do not list the pilot's territories.
/// </summary>
internal static class DemoSeeder
{
    public const string CoordinatorEmail = "coordination@parcours.demo";
    public const string CoachEmail = "accompagnement@parcours.demo";
    public const string CatalystEmail = "catalyseur@parcours.demo";
    public const string CommitteeEmail = "comite@parcours.demo";
    public const string AdministratorEmail = "admin@parcours.demo";

    private static readonly (string Name, TerritoryKind Kind, FrenchRegion Region, CarrierKind Carrier, string Code)[] Territories =
    [
        ("Communauté de communes du Pays de Lumbres", TerritoryKind.Intercommunalite, FrenchRegion.HautsDeFrance, CarrierKind.Collectivite, "DEMO-01"),
        ("Ville de Saint-Brieuc", TerritoryKind.Commune, FrenchRegion.Bretagne, CarrierKind.Association, "DEMO-02"),
        ("Département de la Drôme", TerritoryKind.Departement, FrenchRegion.AuvergneRhoneAlpes, CarrierKind.Collectivite, "DEMO-03"),
        ("PETR du Pays de Brocéliande", TerritoryKind.PaysPetr, FrenchRegion.Bretagne, CarrierKind.Reseau, "DEMO-04"),
        ("Quartier des Minguettes, Vénissieux", TerritoryKind.Quartier, FrenchRegion.AuvergneRhoneAlpes, CarrierKind.Association, "DEMO-05"),
        ("Métropole Nice Côte d'Azur", TerritoryKind.Intercommunalite, FrenchRegion.ProvenceAlpesCoteDAzur, CarrierKind.Entreprise, "DEMO-06"),
        ("Région Occitanie — Pyrénées-Méditerranée", TerritoryKind.Region, FrenchRegion.Occitanie, CarrierKind.Collectivite, "DEMO-07"),
        ("Pays de Redon", TerritoryKind.PaysPetr, FrenchRegion.PaysDeLaLoire, CarrierKind.Fondation, "DEMO-08"),
        ("Communauté d'agglomération du Grand Besançon", TerritoryKind.Intercommunalite, FrenchRegion.BourgogneFrancheComte, CarrierKind.ActeurAcademique, "DEMO-09"),
        ("Ville de Saint-Denis de La Réunion", TerritoryKind.Commune, FrenchRegion.LaReunion, CarrierKind.Association, "DEMO-10"),
        ("Communauté de communes Cœur de Chartreuse", TerritoryKind.Intercommunalite, FrenchRegion.AuvergneRhoneAlpes, CarrierKind.Reseau, "DEMO-11"),
        ("Département du Gers", TerritoryKind.Departement, FrenchRegion.Occitanie, CarrierKind.Collectivite, "DEMO-12"),
        ("Ville de Roubaix", TerritoryKind.Commune, FrenchRegion.HautsDeFrance, CarrierKind.Entreprise, "DEMO-13"),
    ];

    private static readonly string[] FirstNames =
        ["Claire", "Mathieu", "Nadia", "Jérôme", "Sophie", "Karim", "Élodie", "Thomas", "Aurélie", "Yannick", "Inès", "Benoît",
         "Camille", "Damien", "Laure", "François", "Hélène", "Olivier", "Manon", "Cédric", "Amandine", "Sébastien"];

    private static readonly string[] LastNames =
        ["Lefèvre", "Moreau", "Benali", "Garnier", "Rousseau", "Haddad", "Marchand", "Faure", "Perrin", "Le Goff", "Mercier", "Chevalier",
         "Boyer", "Gauthier", "Lemoine", "Dupuis", "Noël", "Masson", "Caron", "Picard", "Hoarau", "Leclerc"];

    public const string NextEditionTitle = "Promotion 2018–2019";

    public static async Task SeedAsync(IServiceProvider sp, IConfiguration config, ILogger logger, CancellationToken ct)
    {
        var db = (ParcoursDbContext)sp.GetRequiredService<IParcoursDbContext>(); // with its scope's event dispatcher
        if (await db.Programmes.AnyAsync(ct))
        {
            return;
        }
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        const string by = "démonstration";

        var programme = new Programme("Parcours d'expérience co-construction territoriale",
            "Parcours d'apprentissage entre pairs pour les catalyseurs territoriaux : sessions collectives, suivi individuel, visites terrain et feuille de route.");
        db.Programmes.Add(programme);
        var cohort = Cohort.Create(programme.Id, "Promotion pilote 2017–2018", new DateOnly(2017, 7, 1), new DateOnly(2018, 12, 31), 12,
        [
            new PhaseDates(PhaseKind.ConceptionLaunch, new DateOnly(2017, 7, 1), new DateOnly(2018, 3, 31)),
            new PhaseDates(PhaseKind.Realisation, new DateOnly(2018, 5, 1), new DateOnly(2018, 11, 15)),
            new PhaseDates(PhaseKind.EvaluationDeployment, new DateOnly(2018, 11, 16), new DateOnly(2018, 12, 31)),
        ], now);
        db.Cohorts.Add(cohort);

        var people = new List<Person>();
        var accepted = new List<Territory>();
        for (var i = 0; i < Territories.Length; i++)
        {
            var (name, kind, region, carrier, code) = Territories[i];
            var territory = new Territory(new TerritoryProfile(name, kind, region, carrier, code, null, null, null), now);
            db.Territories.Add(territory);
            var participation = Participation.Solicit(cohort.Id, territory, new DateOnly(2017, 12, 4), by, now);
            db.Participations.Add(participation);
            if (i >= 11)
            {
                participation.Decline(new DateOnly(2018, 1, 19), "Pour raison de temporalité non appropriée.", by, now);
                continue;
            }
            participation.Accept(new DateOnly(2018, 1, 15 + i), by, now);
            accepted.Add(territory);
            var pairPeople = Enumerable.Range(0, 2).Select(k =>
            {
                var n = 2 * i + k;
                var first = FirstNames[n % FirstNames.Length];
                var last = LastNames[n % LastNames.Length];
                var email = i == 0 && k == 0 ? CatalystEmail : $"{Slug(first)}.{Slug(last)}@parcours.demo";
                return new Person(first, last, email, name, k == 0 ? "Chargé(e) de mission coopération" : "Animateur·rice territorial(e)", now);
            }).ToList();
            people.AddRange(pairPeople);
            db.People.AddRange(pairPeople);
            db.Pairs.Add(Pair.Form(cohort.Id, territory.Id, pairPeople[0].Id, pairPeople[1].Id, new DateOnly(2018, 3, 1), now));
        }
        SeedSessions(db, cohort.Id, people, now);

        var coordinator = new Person("Agathe", "Delorme", CoordinatorEmail, "Le RAMEAU", "Coordinatrice du parcours", now);
        var coach = new Person("Pierre", "Vasseur", CoachEmail, "Opus 3", "Accompagnateur", now);
        var member = new Person("Isabelle", "Roux", CommitteeEmail, "Caisse des Dépôts", "Membre du comité d'orientation", now);
        db.People.AddRange(coordinator, coach, member);
        SeedFollowUp(db, cohort.Id, accepted, coach, now);
        SeedCommittees(db, cohort.Id, coordinator, coach, member, now);
        SeedRoadmaps(db, cohort.Id, accepted, now);
        SeedMaturity(db, cohort.Id, accepted);
        await SeedResourcesAsync(db, sp.GetRequiredService<IDocumentStore>(), cohort.Id, now, ct);
        await db.SaveChangesAsync(ct);
        // The pilot as the template of the next cohort, made as a coordinator would: one action.
        await sp.GetRequiredService<MediatR.IMediator>().Send(
            new Application.Cohorts.CreateNextEdition(NextEditionTitle, new DateOnly(2018, 7, 1)) { SourceCohortId = cohort.Id }, ct);

        var password = config["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Demo:Password n'est pas renseigné : les comptes de démonstration ne sont pas créés.");
            return;
        }
        var users = sp.GetRequiredService<UserManager<ParcoursUser>>();
        await CreateAccountAsync(users, db, AdministratorEmail, password, Roles.Administrator, null);
        await CreateAccountAsync(users, db, CoordinatorEmail, password, Roles.Coordinator, coordinator);
        await CreateAccountAsync(users, db, CoachEmail, password, Roles.Coach, coach);
        await CreateAccountAsync(users, db, CatalystEmail, password, Roles.Catalyst, people[0]);
        await CreateAccountAsync(users, db, CommitteeEmail, password, Roles.CommitteeMember, member);
        logger.LogInformation("Promotion pilote 2017–2018 chargée : 13 territoires, 11 binômes, 5 comptes de démonstration ; « {Next} » préparée à partir d'elle.", NextEditionTitle);
    }

    private static readonly (int Month, int Day, string Venue, string Address, string Speaker, string SpeakerOrganisation)[] PilotSessions =
    [
        (5, 3, "Commissariat général à l'égalité des territoires (CGET)", "20 avenue de Ségur, 75007 Paris", "Intervenant·e d'une collectivité pionnière", "Réseau des catalyseurs territoriaux"),
        (6, 28, "Caisse des Dépôts", "56 rue de Lille, 75007 Paris", "Dirigeant·e d'entreprise engagée", "Club d'entreprises du territoire"),
        (9, 27, "Fondation de France", "40 avenue Hoche, 75008 Paris", "Animateur·rice d'un tiers-lieu", "Tiers-lieu rural"),
        (11, 8, "Conseil économique, social et environnemental (CESE)", "9 place d'Iéna, 75016 Paris", "Décideur institutionnel", "CGET"),
    ];

    /// <summary>The four sessions of the pilot, who came (mostly present, a few excused or absent), and the S3 vote.</summary>
    private static readonly (string TakeAway, string Missing)[] FeedbackTexts =
    [
        ("La grille de lecture des fragilités territoriales, à reprendre avec nos élus.", "Plus de temps pour échanger entre binômes."),
        ("Le co-développement : se faire challenger par des pairs sur un vrai cas.", "Des exemples venus de territoires ruraux."),
        ("Les quatre clés de pérennité, pour structurer notre feuille de route.", "Un temps sur le modèle économique."),
        ("La rencontre inspirante : un décideur qui parle franchement des alliances.", "Des supports remis avant la séance."),
    ];

    /// <summary>
    /// The eleven binômes placed their co-construction at the start (May 2018) and at the end (December 2018):
    /// most moved one stage forward, two stayed, one went back (a partner left).
    /// </summary>
    private static void SeedMaturity(ParcoursDbContext db, Guid cohortId, List<Territory> territories)
    {
        const string by = "démonstration";
        for (var i = 0; i < territories.Count; i++)
        {
            var start = i % 3 == 0 ? MaturityStage.Structuration : MaturityStage.Emergence;
            var end = i switch { 4 or 9 => start, 7 => MaturityStage.Emergence, _ => start + 1 };
            if (i == 7) start = MaturityStage.Structuration;
            db.MaturityAssessments.Add(MaturityAssessment.Place(cohortId, territories[i].Id, AssessmentMoment.Start, start,
                [new("pourquoi", "Un besoin partagé est repéré ; les premiers partenaires se connaissent depuis peu.")], by, new DateTime(2018, 5, 15, 10, 0, 0, DateTimeKind.Utc)));
            db.MaturityAssessments.Add(MaturityAssessment.Place(cohortId, territories[i].Id, AssessmentMoment.End, end,
                [.. MaturityScale.Questions(AssessmentMoment.End, end).Select(q => new MaturityAnswer(q.Key, $"Réponse du binôme de {territories[i].Name}."))], by, new DateTime(2018, 12, 10, 10, 0, 0, DateTimeKind.Utc)));
        }
    }

    /// <summary>A document of the demo's library: a short French text, stored as a coordinator's upload would be.</summary>
    private sealed record DemoResource(int? Session, string Title, string Description, ResourceKind Kind, ProgrammeTheme[] Themes, ResourceVisibility Visibility,
        string? Url = null, string? FileName = null);

    private static readonly DemoResource[] Library =
    [
        new(null, "Référentiel « Co-construction territoriale » (2016)", "Sept ans de recherche empirique sur les enjeux et les pratiques innovantes de co-construction en territoire.",
            ResourceKind.Methodes, [ProgrammeTheme.CoConstructionModels, ProgrammeTheme.PartnershipsInFrance], ResourceVisibility.Everyone, Url: "https://coconstructionterritoriale.wordpress.com/"),
        new(null, "Fiche pratique : la démarche M.E.D.O.C.", "Méthodes, Exemples, Données, Outils et Compétences : élaborer le parcours d'usage qui correspond à ses besoins.",
            ResourceKind.Outils, [ProgrammeTheme.CoConstructionModels], ResourceVisibility.Programme, FileName: "fiche-medoc.txt"),
        new(1, "S1 — Support de l'apport théorique : état de la co-construction", "Enjeux des territoires, fragilités, formes et impacts des alliances.",
            ResourceKind.Donnees, [ProgrammeTheme.PartnershipsInFrance, ProgrammeTheme.FragilitiesAndAlliances], ResourceVisibility.Cohort, FileName: "s1-etat-co-construction.txt"),
        new(1, "S1 — Grille de revue des actions de co-construction", "La grille de l'atelier : chaque binôme passe en revue ses actions et les freins rencontrés.",
            ResourceKind.Outils, [ProgrammeTheme.CoConstructionModels], ResourceVisibility.Cohort, FileName: "s1-grille-revue.txt"),
        new(2, "S2 — Piloter la co-construction : méthode du co-développement", "Le déroulé du co-développement entre pairs utilisé à l'atelier.",
            ResourceKind.Methodes, [ProgrammeTheme.CoConstructionModels, ProgrammeTheme.TerritorialInnovation], ResourceVisibility.Programme, FileName: "s2-co-developpement.txt"),
        new(2, "S2 — Exemples d'alliances associations – entreprises", "Des partenariats remarqués, leurs formes et leurs impacts.",
            ResourceKind.Exemples, [ProgrammeTheme.AssociationCompanyPartnerships], ResourceVisibility.Cohort, Url: "https://coconstructionterritoriale.wordpress.com/exemples/"),
        new(3, "S3 — Tiers-lieux et dialogue territorial : dossier d'approfondissement", "Le thème choisi par la promotion, avec les références citées en séance.",
            ResourceKind.Exemples, [ProgrammeTheme.TiersLieux], ResourceVisibility.Cohort, FileName: "s3-tiers-lieux.txt"),
        new(3, "S3 — Trame de la feuille de route", "Les rubriques de la feuille de route et les quatre clés de pérennité.",
            ResourceKind.Outils, [ProgrammeTheme.HybridModels], ResourceVisibility.Cohort, FileName: "s3-trame-feuille-de-route.txt"),
        new(4, "S4 — L'intérêt général en mutation", "Écosystème, pouvoir d'agir des citoyens et des organisations, co-construction du bien commun.",
            ResourceKind.Competences, [ProgrammeTheme.CsrAndPartnerships, ProgrammeTheme.TerritorialInnovation], ResourceVisibility.Cohort, FileName: "s4-interet-general.txt"),
        new(4, "S4 — Réussir le pitch de sa feuille de route", "Trois minutes pour convaincre : structure et conseils.",
            ResourceKind.Competences, [ProgrammeTheme.CoConstructionModels], ResourceVisibility.Cohort, FileName: "s4-pitch.txt"),
    ];

    /// <summary>The pilot's library: two resources of the cohort and two supports per session, links and documents.</summary>
    private static async Task SeedResourcesAsync(ParcoursDbContext db, IDocumentStore store, Guid cohortId, DateTime now, CancellationToken ct)
    {
        const string by = "démonstration";
        var sessions = db.Sessions.Local.Where(s => s.CohortId == cohortId).ToDictionary(s => s.Number, s => s.Id);
        foreach (var r in Library)
        {
            var sessionId = r.Session is { } number ? sessions[number] : (Guid?)null;
            var details = new ResourceDetails(r.Title, r.Description, r.Kind, r.Themes, r.Visibility);
            if (r.Url is { } url)
            {
                db.Resources.Add(Resource.Link(cohortId, sessionId, details, url, by, now));
                continue;
            }
            var content = System.Text.Encoding.UTF8.GetBytes($"{r.Title}\n\n{r.Description}\n\nDocument de démonstration du parcours d'expérience co-construction territoriale.\n");
            var key = await store.SaveAsync(content, ct);
            db.Resources.Add(Resource.Document(cohortId, sessionId, details,
                new ResourceFile(r.FileName!, "text/plain", content.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), key), by, now));
        }
    }

    private static void SeedSessions(ParcoursDbContext db, Guid cohortId, List<Person> catalysts, DateTime now)
    {
        const string by = "démonstration";
        var sessions = CollectiveSession.DefaultPath(cohortId, now);
        foreach (var session in sessions)
        {
            var (month, day, venue, address, speaker, organisation) = PilotSessions[session.Number - 1];
            var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2018, month, day, 9, 30, 0), FrenchTime.Paris);
            session.Schedule(start, 390, null, null, by, now);
            session.Describe(new SessionDetails(session.Title, session.Theory, session.Workshop, session.Guest, venue, address, null,
                [new AgendaSegment(new TimeOnly(9, 30), "Accueil et tour de table", new TimeOnly(10, 0)),
                 new AgendaSegment(new TimeOnly(10, 0), "Apport théorique", new TimeOnly(12, 0)),
                 new AgendaSegment(new TimeOnly(13, 30), "Atelier appliqué", new TimeOnly(15, 30)),
                 new AgendaSegment(new TimeOnly(15, 30), "Rencontre inspirante", new TimeOnly(16, 0))],
                [new Speaker(speaker, organisation, "Rencontre inspirante")],
                [new SessionResource("Centre de ressources « Co-construction territoriale »", "https://coconstructionterritoriale.wordpress.com/", ResourceKind.Methodes)]), now);
            db.Sessions.Add(session);
            for (var i = 0; i < catalysts.Count; i++)
            {
                var status = (i + 2 * session.Number) % 9 == 0 ? AttendanceStatus.Absent
                    : (i + session.Number) % 7 == 0 ? AttendanceStatus.Excused
                    : AttendanceStatus.Present;
                var attendance = new Attendance(session.Id, cohortId, catalysts[i].Id);
                attendance.Record(status, status == AttendanceStatus.Excused ? "Conseil municipal le même jour." : null, by, now);
                db.Attendances.Add(attendance);
                // Two present participants in three answered the questionnaire, in the days after; one answer in three anonymous.
                if (status == AttendanceStatus.Present && i % 3 != 2)
                {
                    var held = new DateOnly(2018, month, day);
                    var (take, miss) = FeedbackTexts[(i + session.Number) % FeedbackTexts.Length];
                    var (answer, receipt) = SessionFeedback.Give(session, held, held.AddDays(2), catalysts[i].Id, attended: true, alreadyAnswered: false,
                        3 + (i + session.Number) % 3, 3 + (i * 2 + session.Number) % 3, 2 + (i + 2 * session.Number) % 4, i % 4 == 0 ? take : null,
                        i % 5 == 0 ? miss : null, anonymous: i % 3 == 1);
                    db.SessionFeedbacks.Add(answer);
                    db.FeedbackReceipts.Add(receipt);
                }
            }
        }
        var vote = TopicVote.Open(cohortId, TopicVote.DefaultTopics, now);
        for (var i = 0; i < catalysts.Count; i++)
        {
            vote.Cast(catalysts[i].Id, vote.Options[i % 3 == 0 ? 2 : i % vote.Options.Count].Id, now);
        }
        if (vote.Close(now) is { } topic)
        {
            sessions[2].SetTopic(topic, now);
        }
        db.TopicVotes.Add(vote);
    }

    /// <summary>
    /// The consultancy's individual follow-up of 2018: a launch meeting with each territory in
    /// January–February, then a contact a month from May to November (some shared with the binôme),
    /// a few next steps, and three peer field visits.
    /// </summary>
    private static void SeedFollowUp(ParcoursDbContext db, Guid cohortId, List<Territory> territories, Person coach, DateTime now)
    {
        const string author = "accompagnement@parcours.demo";
        for (var i = 0; i < territories.Count; i++)
        {
            var territory = territories[i];
            db.CoachAssignments.Add(new CoachAssignment(cohortId, territory.Id, coach.Id, new DateOnly(2018, 1, 15)));
            db.FollowUpEntries.Add(FollowUpEntry.Record(cohortId, territory.Id, new FollowUpContent(
                new DateOnly(2018, 1, 22 + (i % 7)), FollowUpKind.BilateraleLancement, 90, [coach.FullName, "le binôme"],
                "Bilatérale de lancement : attentes du territoire, panorama des acteurs, premiers freins identifiés.",
                FollowUpVisibility.SharedWithPair, [new NextStepDraft("Envoyer le panorama des acteurs", "Le binôme", new DateOnly(2018, 3, 15))]), author, now));
            // The last territories fell silent after the summer: the cadence list has something to show.
            var lastMonth = i >= territories.Count - 2 ? 8 : 11;
            for (var month = 5; month <= lastMonth; month++)
            {
                var kind = month % 2 == 0 ? FollowUpKind.Visioconference : FollowUpKind.EntretienTelephonique;
                var shared = month % 3 == 0;
                var date = new DateOnly(2018, month, 4 + (i % 20));
                db.FollowUpEntries.Add(FollowUpEntry.Record(cohortId, territory.Id, new FollowUpContent(
                    date, kind, 45, [coach.FullName],
                    shared ? "Point d'étape partagé : avancement du plan de mise en œuvre, préparation de la prochaine session."
                           : "Point interne : posture du catalyseur dans l'écosystème local, relations avec les élus à consolider.",
                    shared ? FollowUpVisibility.SharedWithPair : FollowUpVisibility.Internal,
                    month == lastMonth ? [new NextStepDraft("Consolider la feuille de route", "Le binôme", date.AddDays(21))] : []), author, now));
            }
        }
        var visits = new (int Host, int Guest, int Month, string Purpose, string Learnings)[]
        {
            (0, 3, 6, "Découvrir l'alliance locale autour de l'emploi des jeunes", "La gouvernance partagée tient grâce à une charte signée par chacun."),
            (4, 1, 9, "Visite du tiers-lieu porté par l'association", "Le modèle socio-économique hybride repose sur trois sources de revenus."),
            (8, 6, 10, "Échange entre pairs sur l'évaluation des alliances", "Adapter l'évaluation à la maturité du projet."),
        };
        foreach (var (host, guest, month, purpose, learnings) in visits)
        {
            db.FieldVisits.Add(new FieldVisit(cohortId, territories[host].Id, new DateOnly(2018, month, 12),
                [new Visitor(coach.FullName), new Visitor($"Binôme de « {territories[guest].Name} »", territories[guest].Id)], purpose, learnings, now));
        }
    }

    private static readonly string[] Partners = ["CGET", "Le RAMEAU", "FNCE"];

    private static readonly string[] OrientationOthers =
        ["AMRF", "ANSA", "Caisse des Dépôts", "CESE", "CFF", "CNER", "CNFPT", "DJEPVA", "Fondation de France", "Labo ESS", "Opus 3", "Plateforme RSE", "RTES"];

    private static readonly string[] Technique = ["AVISE", "CNFPT", "Consult'In France", "Le RAMEAU", "Opus 3", "Consultant·e indépendant·e (1)", "Consultant·e indépendant·e (2)"];

    /// <summary>The three committees of 2018, with the comité d'orientation's three meetings and their decisions.</summary>
    private static void SeedCommittees(ParcoursDbContext db, Guid cohortId, Person coordinator, Person coach, Person member, DateTime now)
    {
        var joined = new DateOnly(2017, 9, 1);
        var pilotage = Committee.Create(cohortId, CommitteeKind.Pilotage, null);
        foreach (var partner in Partners) pilotage.Seat(partner, partner == "Le RAMEAU" ? coordinator.Id : null, joined);
        var orientation = Committee.Create(cohortId, CommitteeKind.Orientation, null);
        foreach (var organisation in Partners.Concat(OrientationOthers))
        {
            orientation.Seat(organisation, organisation switch { "Caisse des Dépôts" => member.Id, "Opus 3" => coach.Id, _ => null }, new DateOnly(2018, 2, 1));
        }
        var technique = Committee.Create(cohortId, CommitteeKind.Technique, null);
        foreach (var organisation in Technique) technique.Seat(organisation, organisation == "Opus 3" ? coach.Id : null, joined);
        db.Committees.AddRange(pilotage, orientation, technique);

        var meetings = new (Milestone Milestone, int Month, int Day, string Title, string Minutes)[]
        {
            (Milestone.Launch, 3, 20, "Comité d'orientation — lancement", "Le comité valide le programme, le contenu pédagogique et la liste des territoires pilotes."),
            (Milestone.MidWay, 9, 18, "Comité d'orientation — mi-parcours", "Point d'étape : deux sessions tenues, assiduité satisfaisante, le thème de S3 a été voté."),
            (Milestone.End, 12, 11, "Comité d'orientation — fin de l'expérimentation", "Les feuilles de route sont présentées ; le comité recommande un déploiement par vagues régionales."),
        };
        var planned = new List<CommitteeMeeting>();
        foreach (var (milestone, month, day, title, minutes) in meetings)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2018, month, day, 14, 0, 0), FrenchTime.Paris);
            var meeting = CommitteeMeeting.Plan(orientation, title, start, new DateOnly(2018, month, day), 180, "CGET, 20 avenue de Ségur, 75007 Paris", null,
                ["Tour de table", "Point d'avancement du parcours", "Décisions et recommandations"], milestone, now);
            var seats = orientation.Seats.Select(s => s.Id).ToList();
            meeting.Invite(orientation, seats, now);
            meeting.Record(orientation, [.. seats.Where((_, i) => (i + month) % 4 != 0)], minutes, now);
            db.CommitteeMeetings.Add(meeting);
            planned.Add(meeting);
        }
        var done = new Decision(planned[0], DecisionKind.Decision, "Retenir les douze territoires pilotes proposés par le comité de pilotage.", "Comité de pilotage", new DateOnly(2018, 4, 15), planned[0].StartsAtUtc);
        done.Move(DecisionStatus.Done, "Onze territoires ont accepté.", "démonstration", Utc(2018, 4, 10));
        var open = new Decision(planned[1], DecisionKind.Recommendation, "Documenter les modèles socio-économiques des alliances rencontrées lors des visites.", "Opus 3", new DateOnly(2018, 11, 30), planned[1].StartsAtUtc);
        open.Move(DecisionStatus.InProgress, null, "démonstration", Utc(2018, 10, 15));
        var deploy = new Decision(planned[2], DecisionKind.Recommendation, "Préparer un déploiement du parcours par vagues régionales.", "Le RAMEAU", new DateOnly(2019, 6, 30), planned[2].StartsAtUtc);
        db.Decisions.AddRange(done, open, deploy);
    }

    private static readonly string[] ActionVerbs =
        ["Réunir", "Cartographier", "Mobiliser", "Former", "Co-construire", "Évaluer", "Présenter", "Animer", "Structurer", "Capitaliser"];

    private static readonly string[] ActionObjects =
        ["les acteurs de l'emploi local", "les partenariats existants", "les entreprises du territoire", "les élus au dialogue territorial",
         "un tiers-lieu avec les associations", "l'impact des premières alliances", "la démarche au conseil communautaire", "un club de partenaires",
         "la gouvernance du dispositif", "les enseignements du parcours"];

    /// <summary>
    /// Roadmaps of the pilot in every state: most validated (the pitched S4 version marked), some asked
    /// to change, one submitted, a few still drafts — and some long ones, to show the PDF across pages.
    /// </summary>
    private static void SeedRoadmaps(ParcoursDbContext db, Guid cohortId, List<Territory> territories, DateTime now)
    {
        const string pair = "binôme (démonstration)";
        const string reviewer = "coordination@parcours.demo";
        for (var i = 0; i < territories.Count; i++)
        {
            var territory = territories[i];
            var roadmap = Roadmap.Start(cohortId, territory.Id);
            var texts = new Dictionary<string, string>
            {
                ["enjeux"] = $"**{territory.Name}** fait face à des fragilités *multiples* : vieillissement, mobilité, accès à l'emploi.\n\n- des acteurs nombreux mais peu reliés\n- une « envie d'agir ensemble » partagée",
                ["freins"] = "Manque de temps des élus, cloisonnement des financements, méconnaissance mutuelle des associations et des entreprises.",
                ["objectifs"] = "1. Faire se rencontrer les acteurs\n2. Lancer deux alliances pilotes\n3. Pérenniser la fonction de catalyse",
                ["positionnement"] = "Le binôme se positionne en tiers de confiance, porté par une structure reconnue par les élus comme par les entreprises.",
                ["cle-modele"] = "Modèle hybride : subvention d'amorçage, mécénat de compétences, cotisations des membres du club.",
                ["evaluation"] = "Évaluation adaptée à la maturité : d'abord les liens créés, ensuite les projets, enfin l'impact.",
            };
            var version = 0;
            var written = Utc(2018, 9, 20 + (i % 10));
            var submitted = Utc(2018, 10, 22 + (i % 9));
            var reviewed = Utc(2018, 11, 2 + (i % 5));
            foreach (var (key, text) in texts.Where((_, k) => i < 9 || k < 3))
            {
                roadmap.WriteSection(version++, key, text, pair, written);
            }
            var actionCount = i % 4 == 0 ? 24 + i : 4 + (i % 5);
            roadmap.WriteActions(version++, [.. Enumerable.Range(0, actionCount).Select(a => new RoadmapAction(
                $"{ActionVerbs[(a + i) % ActionVerbs.Length]} {ActionObjects[(a * 3 + i) % ActionObjects.Length]}",
                a % 2 == 0 ? "Mairie, intercommunalité, CAF" : "Associations locales, club d'entreprises",
                a % 3 == 0 ? "Le binôme" : "Chargé·e de mission", new DateOnly(2018, 10, 1).AddDays(15 * a),
                a % 2 == 0 ? "Nombre de partenaires engagés" : "Actions co-portées", (ActionStatus)(1 + (a % 3))))], pair, written);
            db.Roadmaps.Add(roadmap);
            if (i >= 9)
            {
                continue; // Drafts, never submitted.
            }
            var first = roadmap.Submit(version, pair, submitted);
            db.RoadmapVersions.Add(first);
            if (i == 8)
            {
                continue; // Submitted, waiting for its review.
            }
            roadmap.Review(first, validated: i % 3 != 2, reviewer, reviewed);
            if (i is 1 or 3)
            {
                // Two binômes chose to share their validated roadmap (peer exchange): one with the cohort, one with the whole programme.
                roadmap.Share(hasValidatedVersion: true, i == 1 ? [ProgrammeTheme.TiersLieux, ProgrammeTheme.FragilitiesAndAlliances]
                    : [ProgrammeTheme.HybridModels, ProgrammeTheme.AssociationCompanyPartnerships], i == 1 ? SharingScope.Cohort : SharingScope.Programme, reviewed.AddDays(3));
            }
            if (i % 3 == 2)
            {
                db.RoadmapComments.Add(new RoadmapComment(roadmap, "objectifs", 1, CommentAuthorRole.Coach, "accompagnement@parcours.demo",
                    "Les objectifs gagneraient à être chiffrés.", null, reviewed));
                continue; // Changes requested.
            }
            first.MarkPitched(true);
        }
    }

    /// <summary>Noon in Paris on that day, as UTC: the demo's dated records tell the 2018 story.</summary>
    private static DateTime Utc(int year, int month, int day) => FrenchTime.NoonUtc(new DateOnly(year, month, day));

    private static async Task CreateAccountAsync(UserManager<ParcoursUser> users, ParcoursDbContext db, string email, string password, string role, Person? person)
    {
        var user = new ParcoursUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo:Password est refusé pour {email} : " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        if (person is not null)
        {
            person.LinkAccount(user.Id);
            await db.SaveChangesAsync();
        }
    }

    private static string Slug(string text) => Application.Common.FrenchLabels.Fold(text);
}
