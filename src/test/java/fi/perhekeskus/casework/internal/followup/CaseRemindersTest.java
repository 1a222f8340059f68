package fi.perhekeskus.casework.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.platform.Notifications;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.TestMailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders of the follow-up date and of actions due and overdue: the right people, in the app and by
 * email, once however often the job runs. Dates are relative to today; the job is run for today.
 */
@PerhekeskusTest
class CaseRemindersTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CaseReminders reminders;
    @Autowired Notifications notifications;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person closeWorker;
    private Person withoutConsent;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void people() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        withoutConsent = fixtures.person("eisuost", "Eino Eisuostumusta", "KEY_PERSON");
    }

    private List<String> kinds(Person p) {
        return notifications.recent(p.id(), 50).stream().map(Notifications.Notification::kind).sorted().toList();
    }

    private String reference(CaseFixtures.Built built) {
        return jdbc.sql("SELECT reference FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
    }

    @Test
    void aWeekBeforeTheFollowUpAndAroundActionDueDatesTheRightPeopleAreRemindedOnce() {
        var built = fixtures.newCase("Testiperhe Muistutus").child("Miro", LocalDate.of(2019, 1, 1))
                .responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee päiväkodissa")
                .member(withoutConsent, "NETWORK_MEMBER", false, "Arvioi", false)
                .build();
        var plan = new PlanFixture(jdbc);
        List<UUID> goals = plan.confirmedPlan(built.id(), today.plusDays(7), "Yöt sujuvat.");
        plan.action(built.id(), goals.get(0), "Pitää uniseurantaa.", built.member(closeWorker), today.plusDays(3));
        plan.action(built.id(), goals.get(0), "Soittaa neuvolaan.", built.member(closeWorker), today.minusDays(1));
        // Far from any reminder: nothing about this one.
        plan.action(built.id(), goals.get(0), "Kokoaa palvelut.", built.member(withoutConsent), today.plusDays(20));

        reminders.remind(today);

        assertThat(kinds(responsible)).containsExactly("CASE_ACTION_OVERDUE", "CASE_FOLLOW_UP");
        assertThat(kinds(closeWorker)).containsExactly("CASE_ACTION_DUE", "CASE_ACTION_OVERDUE", "CASE_FOLLOW_UP");
        // A member without the family's consent has no basis to see the case: not reminded of it.
        assertThat(kinds(withoutConsent)).isEmpty();
        String reference = reference(built);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.to(closeWorker.email()).size() >= 3);
        assertThat(TestMailServer.to(responsible.email())).isNotEmpty();
        var mail = TestMailServer.to(closeWorker.email()).getFirst();
        assertThat(String.valueOf(uncheckedContent(mail))).contains(reference).doesNotContain("Testiperhe Muistutus");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE type = 'CASE_REMINDER_SENT' AND target = :t AND actor = 'system'""")
                .param("t", built.id().toString()).query(Integer.class).single()).isEqualTo(1);

        // Run again (another node, or the next hour): nothing new.
        reminders.remind(today);
        assertThat(kinds(responsible)).hasSize(2);
        assertThat(kinds(closeWorker)).hasSize(3);
    }

    @Test
    void inTheFamilysOwnCoordinationTheCoordinatingCloseWorkerIsRemindedOnTheDay() {
        var built = fixtures.newCase("Testiperhe Itse").child("Sisu", LocalDate.of(2020, 1, 1)).familyCoordinated()
                .member(closeWorker, "CLOSE_WORKER", true, "Tukee perhettä", true)
                .build();
        var plan = new PlanFixture(jdbc);
        List<UUID> goals = plan.confirmedPlan(built.id(), today, "Puhe selkiytyy.");
        plan.action(built.id(), goals.get(0), "Harjoittelee.", built.member(closeWorker), today.minusDays(1));
        reminders.remind(today);
        assertThat(kinds(closeWorker)).containsExactly("CASE_ACTION_OVERDUE", "CASE_FOLLOW_UP_TODAY");
    }

    @Test
    void aClosedCaseRemindsNobody() {
        var built = fixtures.newCase("Testiperhe Päättynyt").child("Pekka", LocalDate.of(2015, 1, 1))
                .responsibleWorker(responsible).build();
        new PlanFixture(jdbc).confirmedPlan(built.id(), today.plusDays(5), "Valmis.");
        jdbc.sql("UPDATE client_case SET status = 'CLOSED', closed_at = now(), closing_summary = 'Valmis.' WHERE id = :c")
                .param("c", built.id().value()).update();
        reminders.remind(today);
        assertThat(kinds(responsible)).isEmpty();
    }

    private static Object uncheckedContent(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
