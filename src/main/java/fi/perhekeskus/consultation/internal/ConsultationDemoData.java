package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import fi.perhekeskus.platform.DemoDataLoader;
import fi.perhekeskus.platform.WorkingDays;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month of anonymous consultations from {@code lahityontekija} to the nepsy key persons of
 * Valkeakoski–Akaa–Urjala (and a few other expertise areas), so that {@code avainhenkilo} has a
 * realistic inbox and {@code lahityontekija} a realistic outbox. Runs after the directory's demo data,
 * finds the recipients through {@link KeyPersonDirectory} and inserts nothing when there are none.
 * Name-based ids make loading twice change nothing.
 */
@Component
@Order(60)
class ConsultationDemoData implements DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationDemoData.class);
    static final String AREA = "Valkeakoski–Akaa–Urjala";

    /** Days ago, expertise, what happened, the question and (when answered) the answer. */
    record Sample(int daysAgo, String expertise, ConsultationStatus status, String question, String answer,
            Integer usefulness) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample(29, "nepsy", ConsultationStatus.CLOSED,
                    "Ryhmässämme on 5-vuotias, jolla siirtymätilanteet (ulos lähtö, ruokailuun siirtyminen) johtavat "
                            + "lähes päivittäin pitkiin raivokohtauksiin. Vanhemmat kertovat samaa kotoa. Millä keinoilla "
                            + "voisimme tukea siirtymiä arjessa ennen kuin tutkimuksiin on jonoa?",
                    "Kuvatuilla siirtymillä kannattaa kokeilla kuvitettua päiväjärjestystä, ennakointia (ajastin, "
                            + "\"viiden minuutin päästä\") ja yhtä tuttua aikuista siirtymässä. Ohjaan mielelläni "
                            + "vanhemmat nepsy-valmentajan ryhmään; voin tulla myös parityönä ryhmään havainnoimaan.", 5),
            new Sample(24, "nepsy", ConsultationStatus.CLOSED,
                    "Koululainen (2. lk) ei saa tehtäviä aloitettua ja lähtee luokasta kesken tuntien. Opettaja epäilee "
                            + "ADHD:ta, vanhemmat eivät halua vielä lähetettä. Mitä voimme tehdä koulun tukitoimin?",
                    "Tehostetun tuen pedagogisessa arviossa kannattaa kirjata tehtävien pilkkominen, liikuntatauot ja "
                            + "istumapaikka. Vanhemmille voi tarjota matalan kynnyksen nepsy-ohjausta ilman lähetettä.", 4),
            new Sample(17, "nepsy", ConsultationStatus.ANSWERED,
                    "Perheessä on 9-vuotias, jonka uni on jäänyt lyhyeksi ja aamut ovat riitaisia. Vanhempi pyysi "
                            + "vinkkejä iltarutiineihin. Onko teillä materiaalia, jonka voin antaa perheelle?",
                    "Lähetän perheelle annettavan uniohjeen ja iltarutiinikuvat sähköpostilla. Jos uni ei parane kuukaudessa, "
                            + "kannattaa ottaa yhteys kouluterveydenhoitajaan.", null),
            new Sample(10, "nepsy", ConsultationStatus.CLAIMED,
                    "Esikoululainen puhuu paljon ja keskeyttää muut, leikit kaatuvat riitoihin. Miten ohjaamme "
                            + "vuorottelua ja kaverisuhteita ryhmässä?", null, null),
            new Sample(6, "nepsy", ConsultationStatus.OPEN,
                    "Vanhempi kysyi, mistä saa tukea, kun lapsella on aistiherkkyyksiä (äänet, vaatteiden saumat) "
                            + "ja aamupukeminen kestää tunnin. Kenelle ohjaisin perheen ensin?", null, null),
            new Sample(1, "nepsy", ConsultationStatus.OPEN,
                    "Nuori (13 v) on ollut kolme viikkoa poissa koulusta ahdistuksen vuoksi, ja perheellä epäillään "
                            + "myös neuropsykiatrisia piirteitä. Mikä olisi oikea polku: koulun oppilashuolto vai suoraan "
                            + "nuorisopsykiatria?", null, null),
            new Sample(20, "child-protection", ConsultationStatus.CLOSED,
                    "Vanhempi kertoi väsymyksestä ja siitä, että on huutanut lapselle. Ylittyykö tässä "
                            + "lastensuojeluilmoituksen kynnys vai riittääkö perhetyön tarjoaminen?",
                    "Kuvauksen perusteella kannattaa ensin tarjota perhetyötä ja sopia seurannasta. Jos huoli kasvaa, "
                            + "voit tehdä pyynnön sosiaalihuollon palvelutarpeen arvioon yhdessä perheen kanssa.", 4),
            new Sample(3, "separation", ConsultationStatus.OPEN,
                    "Eroperheen vanhemmat riitelevät päiväkodin eteisessä lasten kuullen. Miten puutumme ja mihin "
                            + "palveluun ohjaamme?", null, null));

    private final JdbcClient jdbc;
    private final KeyPersonDirectory directory;
    private final UserAccounts accounts;
    private final Clock clock;
    private final int responseWorkingDays;

    ConsultationDemoData(JdbcClient jdbc, KeyPersonDirectory directory, UserAccounts accounts, Clock clock,
            @Value("${perhekeskus.consultation.response-working-days:2}") int responseWorkingDays) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
        this.responseWorkingDays = responseWorkingDays;
    }

    @Override
    @Transactional
    public void load() {
        Optional<UserId> asker = accounts.findIdByUsername("lahityontekija");
        Optional<UserId> keyPerson = accounts.findIdByUsername("avainhenkilo");
        if (asker.isEmpty()) return;
        var area = new FamilyCentreAreaId(UUID.nameUUIDFromBytes(("area:" + AREA).getBytes(StandardCharsets.UTF_8)));
        int inserted = 0;
        for (int n = 0; n < SAMPLES.size(); n++) {
            Sample s = SAMPLES.get(n);
            List<UUID> recipients = directory.consultationRecipients(s.expertise(), area, LocalDate.now(clock)).stream()
                    .map(UserId::value).filter(u -> !u.equals(asker.get().value())).toList();
            if (recipients.isEmpty()) continue; // the directory's demo data is absent: nothing to route to
            UUID answerer = keyPerson.map(UserId::value).filter(recipients::contains).orElse(recipients.getFirst());
            if (insert(UUID.nameUUIDFromBytes(("consultation-demo:" + n).getBytes(StandardCharsets.UTF_8)), s,
                    asker.get().value(), area.value(), recipients, answerer)) inserted++;
        }
        if (inserted > 0) LOG.info("Demo consultations: {} inserted", inserted);
    }

    private boolean insert(UUID id, Sample s, UUID asker, UUID area, List<UUID> recipients, UUID answerer) {
        ZonedDateTime asked = ZonedDateTime.now(clock).minusDays(s.daysAgo()).withHour(9 + s.daysAgo() % 6)
                .withMinute(15).withSecond(0).withNano(0);
        Instant due = WorkingDays.nthWorkingDayAfter(asked.toLocalDate(), responseWorkingDays)
                .atTime(asked.toLocalTime()).atZone(asked.getZone()).toInstant();
        boolean claimed = s.status() != ConsultationStatus.OPEN;
        boolean answered = s.answer() != null;
        Instant claimedAt = claimed ? asked.toInstant().plus(Duration.ofHours(3)) : null;
        Instant answeredAt = answered ? asked.toInstant().plus(Duration.ofHours(5 + s.daysAgo() % 20)) : null;
        Instant closedAt = s.status() == ConsultationStatus.CLOSED ? answeredAt.plus(Duration.ofDays(1)) : null;
        int rows = jdbc.sql("""
                INSERT INTO consultation (id, asker_id, expertise_code, family_centre_area_id, question, anonymous,
                    status, created_at, due_at, claimed_by, claimed_at, answered_at, closed_at, usefulness)
                VALUES (:id, :asker, :expertise, :area, :question, true, :status, :created, :due, :claimedBy,
                    :claimedAt, :answeredAt, :closedAt, :usefulness)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("asker", asker).param("expertise", s.expertise()).param("area", area)
                .param("question", s.question()).param("status", s.status().name())
                .param("created", Timestamp.from(asked.toInstant())).param("due", Timestamp.from(due))
                .param("claimedBy", claimed ? answerer : null).param("claimedAt", ts(claimedAt))
                .param("answeredAt", ts(answeredAt)).param("closedAt", ts(closedAt)).param("usefulness", s.usefulness())
                .update();
        if (rows == 0) return false;
        for (UUID r : recipients) {
            jdbc.sql("INSERT INTO consultation_recipient (consultation_id, user_id) VALUES (:c, :u) ON CONFLICT DO NOTHING")
                    .param("c", id).param("u", r).update();
        }
        if (answered) {
            jdbc.sql("""
                    INSERT INTO consultation_message (id, consultation_id, author_id, text, created_at)
                    VALUES (:id, :c, :author, :text, :at) ON CONFLICT (id) DO NOTHING""")
                    .param("id", UUID.nameUUIDFromBytes(("consultation-demo-answer:" + id).getBytes(StandardCharsets.UTF_8)))
                    .param("c", id).param("author", answerer).param("text", s.answer()).param("at", ts(answeredAt)).update();
            jdbc.sql("""
                    INSERT INTO consultation_time (id, consultation_id, user_id, spent_on, minutes)
                    VALUES (:id, :c, :u, :day, :minutes) ON CONFLICT (id) DO NOTHING""")
                    .param("id", UUID.nameUUIDFromBytes(("consultation-demo-time:" + id).getBytes(StandardCharsets.UTF_8)))
                    .param("c", id).param("u", answerer)
                    .param("day", answeredAt.atZone(clock.getZone()).toLocalDate()).param("minutes", 30).update();
        }
        return true;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
