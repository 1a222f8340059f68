package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.area.Municipality;
import fi.perhekeskus.platform.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Builds the handled requests of the demo history, each from its own seeded random numbers. */
final class HistoryRequests {

    /** Channels in rough proportion to what client guidance receives. */
    private static final Channel[] CHANNELS = pick(
            Channel.HELP_BUTTON, 38, Channel.PHONE, 25, Channel.WALK_IN, 10, Channel.API, 5,
            Channel.SOCIAL_SERVICES_CONTACT, 14, Channel.CHILD_PROTECTION_NOTIFICATION, 8);

    /** In the families' own words (and, for professionals' contacts, the professional's). */
    static final List<String> CONCERNS = List.of(
            "Vauva itkee iltaisin tuntikausia, emmekä saa nukuttua. Olemme molemmat ihan poikki.",
            "8-vuotias ei halua mennä kouluun ja valittaa joka aamu vatsakipua.",
            "Erosimme keväällä ja lapset oireilevat. Miten voisimme tukea heitä?",
            "Teini-ikäinen tyttäremme on vetäytynyt huoneeseensa eikä juttele meille enää.",
            "Tarvitsisimme apua kotiin arjen pyörittämiseen, kun olen yksin kolmen lapsen kanssa.",
            "Poikamme raivokohtaukset ovat pahentuneet, ja pelkään että hän satuttaa pikkusiskoaan.",
            "Rahat eivät riitä ruokaan loppukuusta. Mistä saisi apua?",
            "Minulla on masennus ja jaksaminen lasten kanssa on vaikeaa.",
            "Neuvola suositteli ottamaan yhteyttä, lapsen puheen kehitys huolettaa.",
            "Riitelemme puolison kanssa paljon ja lapset kuulevat kaiken.",
            "Muutimme juuri paikkakunnalle emmekä tiedä, mistä saisi perhetyötä.",
            "Isovanhemmat eivät enää jaksa auttaa, ja vuorotyön takia lastenhoito ei järjesty.",
            "Koulukuraattori: oppilaan poissaolot ovat lisääntyneet ja kotona on huolta vanhemman jaksamisesta.",
            "Neuvolan terveydenhoitaja: äiti on uupunut, perhe tarvitsee kotipalvelua ja keskusteluapua.",
            "Päiväkodin opettaja: lapsi on toistuvasti haettu myöhään ja hän on kertonut pelkäävänsä kotona.");

    private HistoryRequests() {}

    static DemoRequest handled(String key, Random random, FamilyCentreArea area, List<Municipality> municipalities,
            LocalDate day, UUID worker, LocalDate today) {
        DemoRequest r = new DemoRequest(key);
        r.channel = CHANNELS[random.nextInt(CHANNELS.length)];
        boolean walkIn = r.channel == Channel.WALK_IN || r.channel == Channel.PHONE;
        r.receivedAt = DemoRequest.at(day, walkIn ? 8 + random.nextInt(7) : 7 + random.nextInt(14), random.nextInt(60));
        r.area = area.id().value();
        if (!municipalities.isEmpty()) {
            Municipality m = municipalities.get(random.nextInt(municipalities.size()));
            r.municipality = m.name();
            r.municipalityCode = m.code();
        }
        boolean professional = r.channel == Channel.SOCIAL_SERVICES_CONTACT
                || r.channel == Channel.CHILD_PROTECTION_NOTIFICATION;
        r.concern = professional ? CONCERNS.get(12 + random.nextInt(3)) : CONCERNS.get(random.nextInt(12));
        r.childAges = new short[] {(short) random.nextInt(17)};
        r.contactMethod = random.nextBoolean() ? ContactMethod.PHONE : ContactMethod.EMAIL;
        r.contactValue = r.contactMethod == ContactMethod.PHONE ? "040 555 " + (1000 + random.nextInt(9000))
                : "perhe" + random.nextInt(10_000) + "@example.invalid";
        int u = random.nextInt(100);
        r.assessed(u < 5 ? Urgency.IMMEDIATE : u < 20 ? Urgency.URGENT : Urgency.NORMAL, worker);
        r.assignedTo = worker;
        r.responsibleWorker = worker;
        r.status = HelpStatus.CLOSED;
        boolean anonymous = r.channel == Channel.HELP_BUTTON && random.nextInt(100) < 15;
        if (anonymous) {
            // Anonymous questions only within their retention: a purged one must not come back.
            if (day.isBefore(today.minusDays(80))) return null;
            r.contactMethod = ContactMethod.NONE;
            r.answeredAt = contactTime(r, random, random.nextInt(4));
            r.answer = "Kiitos kysymyksestä. Perheneuvolaan voi soittaa ilman lähetettä arkisin klo 9–11. "
                    + "Voitte myös tulla perhekeskuksen avoimeen vastaanottoon tiistaisin.";
            r.status = HelpStatus.ANSWERED;
            r.outcome = Outcome.ANONYMOUS_ANSWERED;
            r.outcomeAt = r.answeredAt;
            r.purgeAfter = r.receivedAt.plus(Duration.ofDays(90));
            return r;
        }
        int p = random.nextInt(100);
        if (p < 5) {
            // Closed without contact: the family withdrew or could not be reached.
            r.outcome = Outcome.GUIDANCE_GIVEN;
            r.outcomeNote = "Perhe ilmoitti, ettei tarvitse enää apua.";
            r.outcomeAt = DemoRequest.at(WorkingDays.nthWorkingDayAfter(day, 3), 12, 0);
            return r;
        }
        int delay = p < 83 ? random.nextInt(StatutoryDeadlines.START_WORKING_DAYS + 1)
                : StatutoryDeadlines.START_WORKING_DAYS + 1 + random.nextInt(6);
        r.firstContactAt = contactTime(r, random, delay);
        r.outcome = r.channel == Channel.CHILD_PROTECTION_NOTIFICATION ? Outcome.CHILD_PROTECTION
                : OUTCOMES[random.nextInt(OUTCOMES.length)];
        r.outcomeAt = r.firstContactAt.plus(Duration.ofDays(1 + random.nextInt(5)));
        return r;
    }

    private static final Outcome[] OUTCOMES = {Outcome.GUIDANCE_GIVEN, Outcome.GUIDANCE_GIVEN, Outcome.GUIDANCE_GIVEN,
            Outcome.REFERRED, Outcome.REFERRED, Outcome.CASE_OPENED};

    /** A moment {@code workingDays} working days after receipt, during office hours and after the receipt. */
    private static Instant contactTime(DemoRequest r, Random random, int workingDays) {
        LocalDate day = r.receivedDay();
        if (workingDays == 0) return r.receivedAt.plusSeconds(3600L * (1 + random.nextInt(3)));
        return DemoRequest.at(WorkingDays.nthWorkingDayAfter(day, workingDays), 9 + random.nextInt(6), random.nextInt(60));
    }

    private static Channel[] pick(Object... weights) {
        List<Channel> list = new ArrayList<>();
        for (int i = 0; i < weights.length; i += 2) {
            for (int n = 0; n < (Integer) weights[i + 1]; n++) list.add((Channel) weights[i]);
        }
        return list.toArray(Channel[]::new);
    }
}
