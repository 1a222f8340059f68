package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.platform.DemoDataLoader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo families in Valkeakoski–Akaa–Urjala in every stage of the client path (seed 004 asiakkuuspolku):
 * new, network assembled, meeting held with a confirmed joint record and plan, follow-up due, closed; one
 * family coordinates its services itself (seed 001), one came from client guidance. {@code omatyontekija}
 * is the responsible worker in most, {@code lahityontekija} a close worker (coordinating in some, once
 * without the family's consent, shown as such), {@code avainhenkilo} a nepsy key person in some;
 * {@code vanhempi} is a guardian in exactly one family, {@code vieras} in none. Ids are name-based and a
 * family is inserted only when absent, so loading twice changes nothing. Runs after the accounts (10),
 * areas (20), directory and help (40), consultation (60, 70).
 */
@Component
@Order(80)
class CaseworkDemoData implements DemoDataLoader {

    static final String AREA = "Valkeakoski–Akaa–Urjala";
    static final List<String> FAMILY_KEYS = List.of("virtanen", "korhonen", "nieminen", "makela", "vanhempi",
            "laine", "heikkinen", "koskinen", "jarvinen", "lehtonen", "saarinen", "salminen");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcClient jdbc;
    private final Clock clock;
    private LocalDate today;
    private UUID area;

    CaseworkDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("casework-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    static UUID caseId(String family) {
        return id(family + ":case");
    }

    @Override
    @Transactional
    public void load() {
        area = jdbc.sql("SELECT id FROM family_centre_area WHERE name = :n ORDER BY id LIMIT 1").param("n", AREA)
                .query(UUID.class).optional().orElse(null);
        if (area == null || user("omatyontekija") == null || user("lahityontekija") == null
                || user("avainhenkilo") == null || user("vanhempi") == null) {
            return; // areas or accounts not loaded: nothing to build on
        }
        today = LocalDate.now(clock);
        virtanen();
        korhonen();
        nieminen();
        makela();
        vanhempi();
        laine();
        heikkinen();
        koskinen();
        jarvinen();
        lehtonen();
        saarinen();
        salminen();
    }

    // --- the families --------------------------------------------------------------------------------

    /** New: the case was just opened at the family's request; the network is not assembled yet. */
    private void virtanen() {
        Family f = family("virtanen", "Virtasen perhe", "NETWORK", "FAMILY_REQUEST",
                "Äiti pyysi neuvolassa tukea uhmaikäisen lapsen arkeen.", 3);
        if (f == null) return;
        f.child("eetu", "Eetu", LocalDate.of(today.getYear() - 3, 4, 12));
        f.guardian("hanna", "Hanna Virtanen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Kokoaa verkoston ja sopii ensimmäisen verkostotapaamisen.", null);
    }

    /** New, opened from client guidance: an expecting family that called the on-call team. */
    private void korhonen() {
        Family f = family("korhonen", "Korhosen perhe", "NETWORK", "CLIENT_GUIDANCE",
                "Asiakasohjauksen päivystys: odottava äiti soitti, jaksaminen ja taloushuolet. Ohjattu perhesosiaalityöhön.", 1);
        if (f == null) return;
        f.expected("vauva", "Vauva (syntymätön)", today.plusDays(70));
        f.guardian("jenni", "Jenni Korhonen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Arvioi tuen tarpeen yhdessä perheen kanssa.", null);
    }

    /** Network assembled: the early-childhood teacher is the coordinating close worker; grandmother helps. */
    private void nieminen() {
        Family f = family("nieminen", "Niemisen perhe", "NETWORK", "FAMILY_REQUEST",
                "Isä toivoi tukea eron jälkeiseen arkeen ja lapsen päivähoitoon.", 12);
        if (f == null) return;
        f.child("aino", "Aino", LocalDate.of(today.getYear() - 5, 9, 2));
        f.guardian("mikko", "Mikko Nieminen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa ja kutsuu verkostotapaamisen koolle.", null);
        f.worker("lahityontekija", "CLOSE_WORKER", true, "Tukee Ainoa päiväkodissa ja kertoo, miten päivät sujuvat.", "EDUCATION");
        f.ownCircle("raili", "Raili Nieminen", "Isoäiti", "Hakee Ainon päiväkodista tiistaisin ja torstaisin.");
    }

    /** Network assembled; the close worker has no consent yet (shown so), the nepsy key person has. */
    private void makela() {
        Family f = family("makela", "Mäkelän perhe", "NETWORK", "SERVICE_NEED_ASSESSMENT",
                "Palvelutarpeen arvio: koulunkäynnin vaikeudet ja keskittymisen pulmat.", 20);
        if (f == null) return;
        f.child("onni", "Onni", LocalDate.of(today.getYear() - 9, 2, 20));
        f.guardian("tiina", "Tiina Mäkelä", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa ja pitää perheen ajan tasalla.", null);
        f.worker("avainhenkilo", "NETWORK_MEMBER", false, "Nepsy-avainhenkilö: antaa arjen keinoja keskittymiseen ja tunteiden säätelyyn.", "HEALTH_CARE");
        // The family has not yet given consent to share with the school: the member is shown without a basis.
        f.worker("lahityontekija", "CLOSE_WORKER", false, "Kertoo koulupäivien sujumisesta, kun perhe on antanut suostumuksen.", null);
    }

    /** Meeting held: vanhempi's own family, with a confirmed plan, an upcoming meeting and consents. */
    private void vanhempi() {
        Family f = family("vanhempi", "Vanhemman perhe", "NETWORK", "FAMILY_REQUEST",
                "Vanhemmat hakivat tukea perheen arkeen ja esikoisen koulunkäyntiin.", 45);
        if (f == null) return;
        f.child("emma", "Emma", LocalDate.of(today.getYear() - 8, 6, 15));
        f.child("leo", "Leo", LocalDate.of(today.getYear() - 4, 1, 30));
        f.guardian("ville", "Ville Vanhempi", user("vanhempi"));
        f.guardian("sari", "Sari Vanhempi", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa ja vastaa prosessin etenemisestä.", null);
        f.worker("lahityontekija", "CLOSE_WORKER", true, "Tukee Leoa päiväkodissa ja on perheen lähin yhteyshenkilö.", "EDUCATION");
        f.worker("avainhenkilo", "NETWORK_MEMBER", false, "Nepsy-avainhenkilö: ohjaa Emman koulupäivien rauhoittumiskeinoja.", "HEALTH_CARE");
        f.ownCircle("pirjo", "Pirjo Vanhempi", "Isoäiti", "Hoitaa lapsia kerran viikossa, jotta vanhemmat saavat yhteistä aikaa.");
        f.consentOrganisation("Valkeakosken kaupunki, perusopetus", "EDUCATION");
        f.plan(20, today.plusDays(40),
                "Emma kertoi, että koulussa on kivaa välitunnilla mutta tunnilla on vaikea istua paikallaan.",
                "Emma haluaa, että opettaja antaa hänen käydä välillä liikkumassa. Leo toivoo lisää leikkiaikaa isän kanssa.",
                "Vanhemmat ovat väsyneitä aamujen kiireeseen. He haluavat rauhallisemmat aamut ja enemmän yhteistä aikaa.",
                "Perhe puhuu avoimesti. Isoäiti auttaa. Emmalla on hyvä kaveri luokalla.",
                "Aamut ovat riitaisia. Emman keskittyminen koulussa. Vanhempien jaksaminen.",
                "Jokainen tekee sovitun toimenpiteen. Vanhemmat kirjaavat viikon aamut.",
                List.of("Aamut sujuvat ilman riitaa vähintään neljänä päivänä viikossa.",
                        "Emma jaksaa keskittyä koulutunnilla ja saa liikkumistauon tarvittaessa.",
                        "Vanhemmilla on yhteistä aikaa kerran viikossa."),
                List.of(new Act(0, "Tehdään Emman kanssa kuvallinen aamujärjestys jääkaapin oveen.", "guardian:ville", 7, true),
                        new Act(0, "Ohjaa vanhemmille aamujen rauhoittamisen keinoja kahdella kotikäynnillä.", "member:avainhenkilo", 14, false),
                        new Act(1, "Sopii opettajan kanssa liikkumistauoista ja kertoo kokemuksista seuraavassa tapaamisessa.", "member:lahityontekija", 30, false),
                        new Act(2, "Järjestää lastenhoidon keskiviikkoiltaisin.", "member:pirjo", 10, false),
                        new Act(2, "Selvittää perheen oikeuden lapsiperheiden kotipalveluun.", "member:omatyontekija", 12, false)));
        f.upcomingMeeting(40);
        f.familyView("Ville Vanhempi", "Toivomme, että seuraavassa tapaamisessa puhutaan myös Leon päiväkotiaamuista.", false);
    }

    /** Meeting held; an action of the close worker is overdue (the dashboard flags it). */
    private void laine() {
        Family f = family("laine", "Laineen perhe", "NETWORK", "FAMILY_REQUEST",
                "Äiti toivoi tukea lapsen nukkumiseen ja omaan jaksamiseen.", 60);
        if (f == null) return;
        f.child("venla", "Venla", LocalDate.of(today.getYear() - 2, 11, 5));
        f.guardian("katja", "Katja Laine", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa.", null);
        f.worker("lahityontekija", "CLOSE_WORKER", true, "Tukee perhettä päiväkodin arjessa ja päiväunissa.", "EDUCATION");
        f.plan(35, today.plusDays(30),
                "Venla on pieni eikä vielä kerro omaa näkemystään; päiväkodissa hän on iloinen ja leikkii mielellään.",
                "Venla nukkuu hyvin päiväkodissa.",
                "Äiti on väsynyt, koska Venla herää öisin monta kertaa.",
                "Äiti hakee apua itse. Päiväkodin arki sujuu.",
                "Yöheräily ja äidin väsymys.",
                "Äiti pitää uniseurantaa kaksi viikkoa.",
                List.of("Venla nukkuu yöt pääosin heräämättä.", "Äidillä on omaa lepoaikaa viikoittain."),
                List.of(new Act(0, "Kirjataan Venlan päiväunet ja kerrotaan ne äidille päivittäin.", "member:lahityontekija", -4, false),
                        new Act(0, "Varaa äidille ajan perheneuvolan unikouluun.", "member:omatyontekija", 2, false),
                        new Act(1, "Pitää uniseurantaa kaksi viikkoa.", "guardian:katja", 14, false)));
    }

    /** Follow-up due in three days. */
    private void heikkinen() {
        Family f = family("heikkinen", "Heikkisen perhe", "NETWORK", "FAMILY_REQUEST",
                "Perhe hakeutui perhekeskukseen lapsen raivokohtausten vuoksi.", 90);
        if (f == null) return;
        f.child("niilo", "Niilo", LocalDate.of(today.getYear() - 7, 3, 9));
        f.guardian("petri", "Petri Heikkinen", null);
        f.guardian("minna", "Minna Heikkinen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa ja valmistelee arvioinnin.", null);
        f.worker("avainhenkilo", "NETWORK_MEMBER", false, "Nepsy-avainhenkilö: ohjaa vanhempia tunnesäätelyn tukemisessa.", "HEALTH_CARE");
        f.plan(60, today.plusDays(3),
                "Niilo sanoi, että häntä suututtaa, kun pelit pitää lopettaa kesken.",
                "Niilo haluaa tietää etukäteen, milloin peliaika loppuu.",
                "Vanhemmat haluavat oppia rauhoittamaan tilanteita huutamatta.",
                "Vanhemmat ovat sitoutuneita. Niilo liikkuu mielellään.",
                "Raivokohtaukset siirtymätilanteissa.",
                "Vanhemmat kokeilevat ennakointia ja ajastinta.",
                List.of("Siirtymätilanteet sujuvat ilman raivokohtausta useimpina päivinä.", "Niilo osaa kertoa, mikä häntä suututtaa."),
                List.of(new Act(0, "Käy vanhempien kanssa läpi ennakoinnin keinot ja antaa ajastimen kokeiluun.", "member:avainhenkilo", 1, false),
                        new Act(1, "Harjoittelee Niilon kanssa tunnekortteja iltaisin.", "guardian:minna", 20, true)));
    }

    /** Follow-up past: the evaluation is five days late; a school social worker outside the app owns an overdue action. */
    private void koskinen() {
        Family f = family("koskinen", "Koskisen perhe", "NETWORK", "STATUTORY_DUTY",
                "Koulun huoli nuoren poissaoloista; lastensuojelun ennaltaehkäisevä tuki.", 120);
        if (f == null) return;
        f.child("ella", "Ella", LocalDate.of(today.getYear() - 14, 8, 28));
        f.guardian("anne", "Anne Koskinen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa ja arvioi tilannetta koulun kanssa.", null);
        f.outsider("kuraattori", "Kati Kuusisto", "Koulukuraattori", "Akaan kaupunki, Toijalan yläkoulu", "EDUCATION",
                "kati.kuusisto@akaa.invalid", "Tapaa Ellaa viikoittain ja seuraa poissaoloja.", "EDUCATION");
        f.plan(95, today.minusDays(5),
                "Ella kertoi, että aamulla on vaikea lähteä kouluun, koska luokassa on riitaa.",
                "Ella haluaa vaihtaa ryhmää liikuntatunneilla.",
                "Äiti on huolissaan Ellan poissaoloista ja yksinäisyydestä.",
                "Ellalla on harrastus, ratsastus, jossa hän viihtyy.",
                "Poissaolot ja kaverisuhteet.",
                "Kuraattori tapaa Ellaa, äiti pitää yhteyttä kouluun.",
                List.of("Ella käy koulua ilman luvattomia poissaoloja.", "Ellalla on luokalla ainakin yksi kaveri."),
                List.of(new Act(0, "Tapaa Ellaa viikoittain ja kertoo poissaoloista verkostolle.", "member:kuraattori", -10, false),
                        new Act(1, "Selvittää Ellan kanssa mahdollisuuden vaihtaa liikuntaryhmää.", "member:omatyontekija", -2, false)));
    }

    /** Closed: goals achieved at the evaluation, closing summary written. */
    private void jarvinen() {
        Family f = family("jarvinen", "Järvisen perhe", "NETWORK", "FAMILY_REQUEST",
                "Vanhemmat hakivat tukea vauvan syntymän jälkeiseen arkeen.", 200);
        if (f == null) return;
        f.child("aada", "Aada", today.minusMonths(14));
        f.guardian("laura", "Laura Järvinen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa.", null);
        f.worker("lahityontekija", "CLOSE_WORKER", true, "Tukee Aadan päivähoidon aloitusta.", "EDUCATION");
        f.plan(150, today.minusDays(30),
                "Aada on vauva; hänen näkökulmansa kirjattiin havaintoina: hän on tyytyväinen ja kasvaa hyvin.",
                "Aada viihtyy sylissä ja leikkii mielellään.",
                "Äiti toivoi apua päivärytmiin ja tukea päivähoidon aloitukseen.",
                "Vanhemmat ovat herkkiä Aadan tarpeille. Isovanhemmat auttavat.",
                "Äidin väsymys ja päivärytmi.",
                "Perhe kokeilee päivärytmiä, päiväkoti valmistelee aloituksen.",
                List.of("Perheellä on toimiva päivärytmi.", "Aadan päivähoito alkaa rauhallisesti."),
                List.of(new Act(0, "Käy kotikäynnillä kahdesti ja auttaa päivärytmin suunnittelussa.", "member:omatyontekija", -120, true),
                        new Act(1, "Sopii tutustumiskäynnit päiväkotiin.", "member:lahityontekija", -100, true)));
        f.evaluation(35, "Tavoitteet saavutettiin. Perhe pärjää nyt omin voimin.", true,
                List.of(new String[] {"ACHIEVED", "Päivärytmi on vakiintunut.", "Arki tuntuu nyt helpommalta.", "Aada nukkuu ja syö hyvin."},
                        new String[] {"ACHIEVED", "Aloitus sujui hyvin.", "Olemme tyytyväisiä päiväkotiin.", null}));
        f.close(30, "Tavoitteet saavutettiin: perheen päivärytmi toimii ja Aadan päivähoito alkoi hyvin. Perhe voi ottaa yhteyttä perhekeskuksen asiakasohjaukseen, jos tarvetta tulee.");
    }

    /** The family coordinates its services itself with the close worker's support (seed 001). */
    private void lehtonen() {
        Family f = family("lehtonen", "Lehtosen perhe", "FAMILY_COORDINATED", "FAMILY_REQUEST",
                "Perhe halusi koordinoida tukensa itse; päiväkodin opettaja tukee.", 80);
        if (f == null) return;
        f.child("sisu", "Sisu", LocalDate.of(today.getYear() - 5, 12, 1));
        f.guardian("juha", "Juha Lehtonen", null);
        f.guardian("maria", "Maria Lehtonen", null);
        f.worker("lahityontekija", "CLOSE_WORKER", true, "Tukee perhettä palvelujen yhteensovittamisessa ja pitää yhteyttä päiväkotiin.", "EDUCATION");
        f.outsider("puheterapeutti", "Paula Puhakka", "Puheterapeutti", "Pirkanmaan hyvinvointialue", "HEALTH_CARE",
                "paula.puhakka@pirha.invalid", "Pitää Sisulle puheterapiajakson.", "HEALTH_CARE");
        f.plan(50, today.plusDays(10),
                "Sisu kertoi, että hän haluaa oppia sanomaan ärrän.",
                "Sisu tykkää puheterapian peleistä.",
                "Vanhemmat haluavat itse pitää langat käsissä, kun apua on tarjolla monesta paikasta.",
                "Vanhemmat ovat aktiivisia. Päiväkoti tukee hyvin.",
                "Puheen viive ja palvelujen päällekkäisyys.",
                "Puheterapia alkaa; päiväkoti tekee harjoitukset arjessa.",
                List.of("Sisun puhe selkiytyy niin, että vieraatkin ymmärtävät.", "Perhe tietää, kuka tekee mitäkin."),
                List.of(new Act(0, "Tekee puheterapian kotiharjoitukset päiväkodissa kolmesti viikossa.", "member:lahityontekija", 5, false),
                        new Act(0, "Pitää kymmenen käynnin puheterapiajakson.", "member:puheterapeutti", 40, false),
                        new Act(1, "Kokoaa perheen palvelut yhdelle paperille.", "guardian:maria", -3, false)));
    }

    /** Closed early, without a plan: the family moved away. */
    private void saarinen() {
        Family f = family("saarinen", "Saarisen perhe", "NETWORK", "FAMILY_REQUEST",
                "Äiti pyysi tukea murrosikäisen kanssa.", 70);
        if (f == null) return;
        f.child("joona", "Joona", LocalDate.of(today.getYear() - 13, 5, 17));
        f.guardian("helena", "Helena Saarinen", null);
        f.worker("omatyontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa.", null);
        f.close(40, "Perhe muutti toiselle paikkakunnalle ennen ensimmäistä verkostotapaamista. Perhe ohjattiin uuden kotikunnan perhekeskukseen, ja tiedot siirrettiin perheen suostumuksella.");
    }

    /** Network assembled by another responsible worker; the nepsy key person is in it (so avainhenkilo's list differs). */
    private void salminen() {
        Family f = family("salminen", "Salmisen perhe", "NETWORK", "CLIENT_GUIDANCE",
                "Asiakasohjaus: isä kysyi neuvoa lapsen aistiherkkyyteen; ohjattu nepsy-tukeen.", 8);
        if (f == null) return;
        f.child("iida", "Iida", LocalDate.of(today.getYear() - 6, 10, 10));
        f.guardian("antti", "Antti Salminen", null);
        if (user("sosiaalityontekija") != null) {
            f.worker("sosiaalityontekija", "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa.", null);
        }
        f.worker("avainhenkilo", "NETWORK_MEMBER", false, "Nepsy-avainhenkilö: arvioi aistiherkkyyden vaikutuksen arkeen.", "HEALTH_CARE");
    }

    // --- building blocks -----------------------------------------------------------------------------

    /** An action of a plan: the goal's index, the text, the owner ("member:key" or "guardian:key"), due in days, done. */
    record Act(int goal, String text, String owner, int dueInDays, boolean done) {}

    private UUID user(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = :u").param("u", username)
                .query(UUID.class).optional().orElse(null);
    }

    /** A new family, or null when it was loaded before. */
    private Family family(String key, String name, String mode, String basis, String basisNote, int openedDaysAgo) {
        UUID caseId = caseId(key);
        boolean exists = jdbc.sql("SELECT count(*) FROM client_case WHERE id = :id").param("id", caseId)
                .query(Integer.class).single() > 0;
        if (exists) return null;
        jdbc.sql("""
                INSERT INTO client_case (id, family_name, family_centre_area_id, mode, basis, basis_note, opened_by, opened_at)
                VALUES (:id, :name, :area, :mode, :basis, :note, :by, :at)""")
                .param("id", caseId).param("name", name).param("area", area).param("mode", mode).param("basis", basis)
                .param("note", basisNote).param("by", user("omatyontekija")).param("at", at(-openedDaysAgo, 10))
                .update();
        return new Family(key, caseId, openedDaysAgo);
    }

    private Timestamp at(int days, int hour) {
        return Timestamp.from(today.plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(HELSINKI).toInstant());
    }

    private final class Family {
        final String key;
        final UUID caseId;
        final int openedDaysAgo;
        final Map<String, UUID> members = new LinkedHashMap<>();
        final Map<String, UUID> people = new LinkedHashMap<>();
        final List<UUID> goalKeys = new ArrayList<>();
        UUID responsibleUser;
        int position;

        Family(String key, UUID caseId, int openedDaysAgo) {
            this.key = key;
            this.caseId = caseId;
            this.openedDaysAgo = openedDaysAgo;
        }

        UUID id(String what) {
            return CaseworkDemoData.id(key + ":" + what);
        }

        void child(String k, String name, LocalDate bornOn) {
            person(k, "CHILD", name, bornOn, null, null, null);
        }

        void expected(String k, String name, LocalDate dueOn) {
            person(k, "CHILD", name, null, dueOn, null, null);
        }

        void guardian(String k, String name, UUID userId) {
            person(k, "GUARDIAN", name, null, null, "Huoltaja", userId);
        }

        private void person(String k, String kind, String name, LocalDate bornOn, LocalDate dueOn, String relation, UUID userId) {
            UUID id = id("person:" + k);
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, born_on, due_on, relation, user_id, position)
                    VALUES (:id, :c, :k, :n, :b, :d, :r, :u, :p)""")
                    .param("id", id).param("c", caseId).param("k", kind).param("n", name).param("b", bornOn)
                    .param("d", dueOn).param("r", relation).param("u", userId).param("p", position++).update();
            people.put(k, id);
        }

        /** A member with an account; consent in the scope given (null: no consent — the responsible worker needs none). */
        void worker(String username, String role, boolean coordinating, String task, String consentScope) {
            UUID id = id("member:" + username);
            UUID userId = user(username);
            jdbc.sql("""
                    INSERT INTO case_member (id, case_id, role, coordinating, user_id, name, title, organisation, sector,
                                             email, task, added_by, added_at)
                    SELECT :id, :c, :role, :co, u.id, u.display_name, u.title, u.organisation, :sector, u.email, :task, :by, :at
                    FROM app_user u WHERE u.id = :u""")
                    .param("id", id).param("c", caseId).param("role", role).param("co", coordinating).param("u", userId)
                    .param("sector", sector(username)).param("task", task).param("by", user("omatyontekija"))
                    .param("at", at(-openedDaysAgo + 1, 12)).update();
            members.put(username, id);
            if ("RESPONSIBLE_WORKER".equals(role)) responsibleUser = userId;
            if (consentScope != null) consent(id, consentScope);
        }

        void outsider(String k, String name, String title, String organisation, String sector, String email, String task,
                String consentScope) {
            UUID id = id("member:" + k);
            jdbc.sql("""
                    INSERT INTO case_member (id, case_id, role, name, title, organisation, sector, email, task, added_at)
                    VALUES (:id, :c, 'NETWORK_MEMBER', :n, :t, :o, :s, :e, :task, :at)""")
                    .param("id", id).param("c", caseId).param("n", name).param("t", title).param("o", organisation)
                    .param("s", sector).param("e", email).param("task", task).param("at", at(-openedDaysAgo + 2, 12)).update();
            members.put(k, id);
            consent(id, consentScope);
        }

        void ownCircle(String k, String name, String relation, String task) {
            UUID id = id("member:" + k);
            jdbc.sql("""
                    INSERT INTO case_member (id, case_id, role, name, title, sector, phone, task, named_by_family, added_at)
                    VALUES (:id, :c, 'OWN_CIRCLE', :n, :t, 'FAMILY_CIRCLE', '040 123 4567', :task, true, :at)""")
                    .param("id", id).param("c", caseId).param("n", name).param("t", relation).param("task", task)
                    .param("at", at(-openedDaysAgo + 2, 12)).update();
            members.put(k, id);
        }

        private String sector(String username) {
            return switch (username) {
                case "lahityontekija" -> "EDUCATION";
                case "avainhenkilo" -> "HEALTH_CARE";
                default -> "SOCIAL_CARE";
            };
        }

        /** The family's first guardian gives the consents. */
        private String givenBy() {
            return jdbc.sql("SELECT name FROM case_person WHERE case_id = :c AND kind = 'GUARDIAN' ORDER BY position LIMIT 1")
                    .param("c", caseId).query(String.class).optional().orElse("Huoltaja");
        }

        void consent(UUID memberId, String scope) {
            jdbc.sql("""
                    INSERT INTO case_consent (id, case_id, member_id, scope, given_by, given_at, valid_until, recorded_by)
                    VALUES (:id, :c, :m, :s, :by, :at, :until, :rec)""")
                    .param("id", id("consent:" + memberId)).param("c", caseId).param("m", memberId).param("s", scope)
                    .param("by", givenBy()).param("at", at(-openedDaysAgo + 1, 13)).param("until", today.plusYears(1))
                    .param("rec", user("omatyontekija")).update();
        }

        void consentOrganisation(String organisation, String scope) {
            jdbc.sql("""
                    INSERT INTO case_consent (id, case_id, organisation, scope, given_by, given_at, valid_until, recorded_by)
                    VALUES (:id, :c, :o, :s, :by, :at, :until, :rec)""")
                    .param("id", id("consent-org:" + organisation)).param("c", caseId).param("o", organisation)
                    .param("s", scope).param("by", givenBy()).param("at", at(-openedDaysAgo + 1, 13))
                    .param("until", today.plusYears(1)).param("rec", user("omatyontekija")).update();
        }

        /** A held meeting {@code daysAgo} with everyone present, its confirmed joint record, and plan version 1. */
        void plan(int daysAgo, LocalDate followUp, String childView, String childSummary, String familyView,
                String strengths, String concerns, String untilNext, List<String> goals, List<Act> actions) {
            UUID meeting = id("meeting:1");
            jdbc.sql("""
                    INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place, status, created_by, created_at)
                    VALUES (:id, :c, :s, :e, 'Perhekeskus, Valkeakoski, neuvotteluhuone Kaisla', 'HELD', :by, :at)""")
                    .param("id", meeting).param("c", caseId).param("s", at(-daysAgo, 13))
                    .param("e", Timestamp.from(at(-daysAgo, 13).toInstant().plus(Duration.ofMinutes(90))))
                    .param("by", responsibleUser()).param("at", at(-daysAgo - 7, 9)).update();
            members.forEach((k, m) -> jdbc.sql("INSERT INTO case_meeting_participant (meeting_id, member_id) VALUES (:mt, :m)")
                    .param("mt", meeting).param("m", m).update());
            people.entrySet().stream().filter(e -> !e.getKey().equals("vauva")).forEach(e -> jdbc.sql(
                    "INSERT INTO case_meeting_participant (meeting_id, person_id) VALUES (:mt, :p)")
                    .param("mt", meeting).param("p", e.getValue()).update());
            String participants = String.join("\n", jdbc.sql("""
                    SELECT m.name || coalesce(', ' || m.title, '') || coalesce(', ' || m.organisation, '')
                        || coalesce(', ' || m.email, '') || coalesce(', ' || m.phone, '')
                    FROM case_member m WHERE m.case_id = :c ORDER BY m.added_at, m.name""")
                    .param("c", caseId).query(String.class).list());
            UUID record = id("record:1");
            UUID by = responsibleUser();
            jdbc.sql("""
                    INSERT INTO joint_record (id, case_id, meeting_id, status, participants, child_view, child_summary,
                        family_view, strengths, concerns, until_next, follow_up_on, drafted_by, created_at, updated_at,
                        confirmed_by, confirmed_at)
                    VALUES (:id, :c, :m, 'CONFIRMED', :p, :cv, :cs, :fv, :st, :co, :un, :f, :by, :at, :at, :by, :at)""")
                    .param("id", record).param("c", caseId).param("m", meeting).param("p", participants)
                    .param("cv", childView).param("cs", childSummary).param("fv", familyView).param("st", strengths)
                    .param("co", concerns).param("un", untilNext).param("f", followUp).param("by", by)
                    .param("at", at(-daysAgo, 15)).update();
            for (int i = 0; i < goals.size(); i++) {
                UUID goalKey = id("goal:" + i);
                goalKeys.add(goalKey);
                jdbc.sql("INSERT INTO joint_record_goal (id, record_id, position, text, goal_key) VALUES (:id, :r, :p, :t, :g)")
                        .param("id", id("record-goal:" + i)).param("r", record).param("p", i).param("t", goals.get(i))
                        .param("g", goalKey).update();
            }
            jdbc.sql("""
                    INSERT INTO joint_plan_version (id, case_id, version_no, record_id, follow_up_on, created_at)
                    VALUES (:id, :c, 1, :r, :f, :at)""")
                    .param("id", id("plan:1")).param("c", caseId).param("r", record).param("f", followUp)
                    .param("at", at(-daysAgo, 15)).update();
            for (int i = 0; i < goals.size(); i++) {
                jdbc.sql("INSERT INTO plan_goal (goal_key, case_id, text, position, plan_version) VALUES (:g, :c, :t, :p, 1)")
                        .param("g", goalKeys.get(i)).param("c", caseId).param("t", goals.get(i)).param("p", i).update();
            }
            for (int i = 0; i < actions.size(); i++) {
                Act a = actions.get(i);
                UUID actionKey = id("action:" + i);
                String[] owner = a.owner().split(":", 2);
                UUID ownerMember = owner[0].equals("member") ? members.get(owner[1]) : null;
                UUID ownerPerson = owner[0].equals("guardian") ? people.get(owner[1]) : null;
                LocalDate due = today.plusDays(a.dueInDays());
                jdbc.sql("""
                        INSERT INTO joint_record_action (id, record_id, position, goal_key, text, owner_member_id,
                            owner_person_id, due_on, action_key)
                        VALUES (:id, :r, :p, :g, :t, :om, :op, :d, :k)""")
                        .param("id", id("record-action:" + i)).param("r", record).param("p", i)
                        .param("g", goalKeys.get(a.goal())).param("t", a.text()).param("om", ownerMember)
                        .param("op", ownerPerson).param("d", due).param("k", actionKey).update();
                jdbc.sql("""
                        INSERT INTO plan_action (action_key, case_id, goal_key, text, owner_member_id, owner_person_id,
                            due_on, done_at, done_by, plan_version)
                        VALUES (:k, :c, :g, :t, :om, :op, :d, :done, :by, 1)""")
                        .param("k", actionKey).param("c", caseId).param("g", goalKeys.get(a.goal())).param("t", a.text())
                        .param("om", ownerMember).param("op", ownerPerson).param("d", due)
                        .param("done", a.done() ? at(Math.min(a.dueInDays(), 0) - 1, 16) : null)
                        .param("by", a.done() ? by : null).update();
            }
            jdbc.sql("UPDATE client_case SET follow_up_on = :f WHERE id = :c").param("f", followUp).param("c", caseId).update();
        }

        /** The next network meeting, planned at the follow-up date. */
        void upcomingMeeting(int inDays) {
            UUID meeting = id("meeting:2");
            jdbc.sql("""
                    INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place, video_link, status, created_by)
                    VALUES (:id, :c, :s, :e, 'Perhekeskus, Valkeakoski, neuvotteluhuone Kaisla',
                            'https://video.perhekeskus.invalid/verkosto', 'PLANNED', :by)""")
                    .param("id", meeting).param("c", caseId).param("s", at(inDays, 14))
                    .param("e", Timestamp.from(at(inDays, 14).toInstant().plus(Duration.ofMinutes(90))))
                    .param("by", responsibleUser()).update();
            members.values().forEach(m -> jdbc.sql("INSERT INTO case_meeting_participant (meeting_id, member_id) VALUES (:mt, :m)")
                    .param("mt", meeting).param("m", m).update());
            people.values().forEach(p -> jdbc.sql("INSERT INTO case_meeting_participant (meeting_id, person_id) VALUES (:mt, :p)")
                    .param("mt", meeting).param("p", p).update());
        }

        void familyView(String author, String text, boolean fromChild) {
            jdbc.sql("""
                    INSERT INTO family_view (id, case_id, meeting_id, author_user_id, author_name, from_child, text)
                    VALUES (:id, :c, :m, :u, :a, :fc, :t)""")
                    .param("id", id("family-view:1")).param("c", caseId).param("m", id("meeting:2"))
                    .param("u", user("vanhempi")).param("a", author).param("fc", fromChild).param("t", text).update();
        }

        /** An evaluation {@code daysAgo}; per goal {progress, network, family, child}. */
        void evaluation(int daysAgo, String summary, boolean closing, List<String[]> perGoal) {
            UUID evaluation = id("evaluation:1");
            jdbc.sql("""
                    INSERT INTO case_evaluation (id, case_id, evaluated_on, summary, evaluated_by, created_at, closing)
                    VALUES (:id, :c, :on, :s, :by, :at, :closing)""")
                    .param("id", evaluation).param("c", caseId).param("on", today.minusDays(daysAgo)).param("s", summary)
                    .param("by", responsibleUser()).param("at", at(-daysAgo, 15)).param("closing", closing).update();
            for (int i = 0; i < perGoal.size(); i++) {
                String[] g = perGoal.get(i);
                jdbc.sql("""
                        INSERT INTO goal_evaluation (evaluation_id, goal_key, progress, network_note, family_note, child_note)
                        VALUES (:e, :g, :p, :n, :f, :ch)""")
                        .param("e", evaluation).param("g", goalKeys.get(i)).param("p", g[0]).param("n", g[1])
                        .param("f", g[2]).param("ch", g[3]).update();
                if ("ACHIEVED".equals(g[0])) {
                    jdbc.sql("UPDATE plan_goal SET status = 'ACHIEVED' WHERE goal_key = :g").param("g", goalKeys.get(i)).update();
                }
            }
        }

        void close(int daysAgo, String summary) {
            jdbc.sql("""
                    UPDATE client_case SET status = 'CLOSED', closed_at = :at, closed_by = :by, closing_summary = :s,
                        follow_up_on = NULL, version = version + 1 WHERE id = :c""")
                    .param("at", at(-daysAgo, 16)).param("by", responsibleUser()).param("s", summary).param("c", caseId)
                    .update();
        }

        private UUID responsibleUser() {
            return responsibleUser != null ? responsibleUser : user("lahityontekija");
        }
    }
}
