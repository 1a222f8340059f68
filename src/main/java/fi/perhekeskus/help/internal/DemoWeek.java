package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.Municipality;
import fi.perhekeskus.platform.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The week of requests {@code ohjaaja} finds in the queue, relative to the day the demo was first
 * loaded: new ones (one received today), assessed ones, assigned ones with the 7th-working-day
 * deadline near or passed, an answered anonymous question, a professional's SHL 35 § contact, a
 * child-protection notification and a closed one. Keys "week:N" are stable, so a restart adds nothing.
 */
final class DemoWeek {

    private static final ZoneId FINLAND = DemoRequest.FINLAND;

    private final JdbcClient jdbc;
    private final FamilyCentreArea area;
    private final List<Municipality> municipalities;
    private final UUID ohjaaja;
    private final UUID colleague;
    private final Instant now;
    private final LocalDate today;

    DemoWeek(JdbcClient jdbc, FamilyCentreArea area, List<Municipality> municipalities, UUID ohjaaja, UUID colleague,
            Instant now) {
        this.jdbc = jdbc;
        this.area = area;
        this.municipalities = municipalities;
        this.ohjaaja = ohjaaja;
        this.colleague = colleague;
        this.now = now;
        this.today = LocalDate.ofInstant(now, FINLAND);
    }

    void load() {
        // 1. Received today, not yet assessed.
        DemoRequest r = request(1, 0, 0, "Valkeakoski",
                "Meidän 4-vuotias raivoaa joka ilta nukkumaanmenosta ja herää monta kertaa yössä. Olemme ihan loppu. "
                        + "Tarvitsisimme vinkkejä ja jonkun, jonka kanssa jutella.", 4);
        r.receivedAt = now.minus(Duration.ofMinutes(35));
        r.contactValue = "040 555 0101";
        r.insertOnce(jdbc);

        // 2. Yesterday by phone, not yet assessed.
        r = request(2, 1, 14, "Akaa", "Soitan, koska 12-vuotias poikamme ei ole käynyt koulussa kahteen viikkoon. "
                + "Hän sanoo, että häntä kiusataan, eikä koulusta ole vastattu viesteihimme.", 12);
        r.channel = Channel.PHONE;
        r.contactValue = "050 555 0102";
        r.insertOnce(jdbc);

        // 3. Two working days ago from a partner's e-service, assessed urgent, not yet taken.
        r = request(3, 2, 10, "Urjala", "Olen raskausviikolla 30 ja puoliso muutti pois viime viikolla. "
                + "Minulla on myös 2-vuotias. En tiedä, miten pärjään synnytyksen jälkeen.", 2);
        r.channel = Channel.API;
        r.expecting = true;
        r.contactMethod = ContactMethod.EMAIL;
        r.contactValue = "odottava.aiti@example.invalid";
        r.assessed(Urgency.URGENT, ohjaaja);
        r.insertOnce(jdbc);

        // 4. Three working days ago, assessed and taken by ohjaaja, no contact yet.
        r = request(4, 3, 9, "Valkeakoski", "Erosimme syksyllä, ja lapset (6 ja 9) oireilevat: nuorempi kastelee "
                + "taas sänkyä ja vanhempi kiukuttelee koulussa. Haluaisimme keskusteluapua koko perheelle.", 6, 9);
        r.assessed(Urgency.NORMAL, ohjaaja);
        taken(r);
        r.insertOnce(jdbc);

        // 5. Six working days ago: the 7th working day is the next one.
        r = request(5, 6, 11, "Akaa", "Tarvitsisin apua kotiin. Olen yksin kolmen lapsen kanssa ja "
                + "vuorotyössä, eikä lastenhoito järjesty iltavuorojen ajaksi.", 1, 5, 8);
        r.assessed(Urgency.NORMAL, ohjaaja);
        taken(r);
        r.insertOnce(jdbc);

        // 6. Nine working days ago and still no contact: overdue.
        r = request(6, 9, 13, "Valkeakoski", "Teini-ikäinen tyttäremme on vetäytynyt huoneeseensa, ei syö kunnolla "
                + "eikä juttele meille. Olemme huolissamme, mistä saisimme apua?", 15);
        r.channel = Channel.PHONE;
        r.contactValue = "044 555 0106";
        r.assessed(Urgency.NORMAL, ohjaaja);
        taken(r);
        r.insertOnce(jdbc);

        // 7. An anonymous question, answered on the receipt page.
        r = request(7, 2, 21, "Urjala", "Onko normaalia, että 3-vuotias ei vielä puhu lauseita? "
                + "En halua jättää yhteystietoja, mutta mietityttää.", 3);
        r.contactMethod = ContactMethod.NONE;
        r.assessed(Urgency.NORMAL, ohjaaja);
        taken(r);
        r.status = HelpStatus.ANSWERED;
        r.answeredAt = DemoRequest.at(WorkingDays.nthWorkingDayAfter(r.receivedDay(), 1), 10, 20);
        r.answer = "Kiitos kysymyksestä. Lasten puhe kehittyy eri tahtiin, mutta 3-vuotiaan puheesta kannattaa "
                + "jutella neuvolassa. Voit varata ajan neuvolan terveydenhoitajalle, ja tarvittaessa hän ohjaa "
                + "puheterapeutin arvioon. Neuvolan puhelinaika on arkisin klo 8–9.";
        r.outcome = Outcome.ANONYMOUS_ANSWERED;
        r.outcomeAt = r.answeredAt;
        r.purgeAfter = r.receivedAt.plus(Duration.ofDays(90));
        r.insertOnce(jdbc);

        // 8. A professional's contact to social services (SHL 35 §).
        r = request(8, 1, 12, "Valkeakoski", "Neuvolan terveydenhoitaja: vauvaperheen äiti on hyvin uupunut ja "
                + "itkuinen, isä on pitkillä työmatkoilla. Äiti toivoo kotipalvelua ja keskusteluapua. "
                + "Äiti on antanut suostumuksen yhteydenottoon.", 0);
        r.channel = Channel.SOCIAL_SERVICES_CONTACT;
        r.contactValue = "040 555 0108";
        r.assessed(Urgency.URGENT, ohjaaja);
        taken(r);
        r.insertOnce(jdbc);

        // 9. A child-protection notification: the inquiry decision is due within 7 working days.
        r = request(9, 2, 9, "Akaa", "Koulun kuraattori: 9-vuotias oppilas kertoi tänään, että kotona "
                + "juodaan viikonloppuisin paljon ja hän joutuu hoitamaan pikkuveljeään yksin. "
                + "Oppilas pelkää mennä kotiin.", 9);
        r.channel = Channel.CHILD_PROTECTION_NOTIFICATION;
        r.contactMethod = ContactMethod.NONE;
        r.assessed(Urgency.IMMEDIATE, ohjaaja);
        taken(r);
        r.firstContactAt = r.receivedAt.plus(Duration.ofHours(3));
        r.insertOnce(jdbc);

        // 10. Walked in, guided and referred the same day.
        r = request(10, 4, 10, "Valkeakoski", "Tulin kysymään, mistä saisi apua. Poikani (7) raivokohtaukset ovat "
                + "pahentuneet, ja pelkään, että hän satuttaa pikkusiskoaan.", 7, 3);
        r.channel = Channel.WALK_IN;
        r.contactValue = "045 555 0110";
        r.assessed(Urgency.URGENT, ohjaaja);
        taken(r);
        r.firstContactAt = r.receivedAt.plus(Duration.ofMinutes(10));
        r.status = HelpStatus.CLOSED;
        r.outcome = Outcome.REFERRED;
        r.outcomeNote = "Ohjattu kasvatus- ja perheneuvolaan, ensikäynti sovittu. Perheelle kerrottu "
                + "vanhempien vertaisryhmästä.";
        r.outcomeAt = r.receivedAt.plus(Duration.ofMinutes(50));
        r.insertOnce(jdbc);

        // 11. In progress: contacted the next day, ohjaaja stays as the responsible worker.
        r = request(11, 5, 15, "Urjala", "Rahat eivät riitä ruokaan loppukuusta, ja lapset tarvitsisivat "
                + "talvivaatteet. Häpeän kysyä, mutta en tiedä kenen puoleen kääntyä.", 5, 11);
        r.contactValue = "040 555 0111";
        r.assessed(Urgency.NORMAL, ohjaaja);
        taken(r);
        r.firstContactAt = DemoRequest.at(WorkingDays.nthWorkingDayAfter(r.receivedDay(), 1), 9, 30);
        r.insertOnce(jdbc);

        // 12. New, three working days ago, handled by a colleague of the on-call team.
        r = request(12, 3, 19, "Valkeakoski", "Meillä on kaksoset (1 v) ja olen aivan uupunut. "
                + "Voisiko joku tulla kotiin auttamaan edes muutamaksi tunniksi viikossa?", 1, 1);
        r.contactMethod = ContactMethod.EMAIL;
        r.contactValue = "kaksosperhe@example.invalid";
        if (colleague != null) {
            r.assessed(Urgency.NORMAL, colleague);
            r.assignedTo = colleague;
            r.status = HelpStatus.IN_PROGRESS;
        }
        r.insertOnce(jdbc);
    }

    private DemoRequest request(int n, int workingDaysAgo, int hour, String municipality, String concern, int... ages) {
        DemoRequest r = new DemoRequest("week:" + n);
        LocalDate day = workingDaysAgo == 0 ? today : workingDaysBefore(today, workingDaysAgo);
        r.receivedAt = DemoRequest.at(day, hour, 5 + n);
        r.area = area.id().value();
        r.municipality = municipality;
        r.municipalityCode = municipalities.stream().filter(m -> m.name().equals(municipality)).findFirst()
                .map(Municipality::code).orElse(null);
        r.concern = concern;
        r.contactValue = String.format("040 555 %04d", 100 + n);
        r.childAges = new short[ages.length];
        for (int i = 0; i < ages.length; i++) r.childAges[i] = (short) ages[i];
        return r;
    }

    private void taken(DemoRequest r) {
        r.assignedTo = ohjaaja;
        r.responsibleWorker = ohjaaja;
        r.status = HelpStatus.IN_PROGRESS;
    }

    static LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate current = day;
        for (int counted = 0; counted < n; ) {
            current = current.minusDays(1);
            if (WorkingDays.isWorkingDay(current)) counted++;
        }
        return current;
    }
}
