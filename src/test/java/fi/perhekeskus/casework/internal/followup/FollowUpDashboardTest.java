package fi.perhekeskus.casework.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The follow-up dashboard lists only what the caller coordinates or owns, flags overdue actions, and audits the list. */
@PerhekeskusTest
class FollowUpDashboardTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    @Test
    void theCoordinatorSeesOverdueActionsAndFollowUpsOfTheirCasesAndEveryoneTheirOwnActions() {
        var fixtures = new CaseFixtures(port, jdbc);
        Person responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        Person other = fixtures.person("toinen", "Tuomas Toinen", "RESPONSIBLE_WORKER");
        Person closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        Person outsider = fixtures.person("ulko", "Ulla Ulkopuolinen", "RESPONSIBLE_WORKER");
        LocalDate today = LocalDate.now();
        var plan = new PlanFixture(jdbc);

        var own = fixtures.newCase("Testiperhe Oma").child("Olli", LocalDate.of(2018, 1, 1)).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee koulussa").build();
        List<UUID> g1 = plan.confirmedPlan(own.id(), today.plusDays(5), "Koulu sujuu.");
        plan.action(own.id(), g1.get(0), "Sopii tukiopetuksesta.", own.member(closeWorker), today.minusDays(4));
        plan.action(own.id(), g1.get(0), "Tapaa opettajan.", own.member(responsible), today.plusDays(9));

        // Responsible is only a network member here: not coordinating, but owns an action.
        var others = fixtures.newCase("Testiperhe Muu").child("Mimmi", LocalDate.of(2016, 1, 1)).responsibleWorker(other)
                .member(responsible, "NETWORK_MEMBER", "Tukee perhettä").build();
        List<UUID> g2 = plan.confirmedPlan(others.id(), today.plusDays(3), "Perhe jaksaa.");
        plan.action(others.id(), g2.get(0), "Järjestää kotipalvelun.", others.member(responsible), today.minusDays(2));
        plan.action(others.id(), g2.get(0), "Muun perheen myöhästynyt tehtävä.", others.member(other), today.minusDays(6));

        // The family coordinates itself: the coordinating close worker sees the follow-up.
        var family = fixtures.newCase("Testiperhe Itse").child("Iivo", LocalDate.of(2019, 1, 1)).familyCoordinated()
                .member(closeWorker, "CLOSE_WORKER", true, "Tukee perhettä", true).build();
        plan.confirmedPlan(family.id(), today.minusDays(1), "Puhe selkiytyy.");

        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var page = as(responsible).get("/cases/follow-up");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Sopii tukiopetuksesta.", "4 päivää myöhässä", "Lauri Lähityöntekijä", "Testiperhe Oma",
                "5 päivän päästä", "Tapaa opettajan.", "Järjestää kotipalvelun.", "2 päivää myöhässä")
                .doesNotContain("Muun perheen myöhästynyt tehtävä.", "Testiperhe Itse");
        // Testiperhe Muu appears only for the action the caller owns, not among the follow-ups.
        String followUps = body.substring(body.indexOf("followups-title"), body.indexOf("own-title"));
        assertThat(followUps).contains("Testiperhe Oma").doesNotContain("Testiperhe Muu");
        // One audit row for the view, naming the cases it showed: each family's access log shows it.
        assertThat(audit.since(before, responsible.username()))
                .filteredOn(r -> r.type().equals("CASE_LIST_VIEWED")).hasSize(1);
        for (var shown : List.of(own.id(), others.id())) {
            assertThat(auditLog.trail(shown.toString())).as("trail of %s", shown)
                    .anySatisfy(e -> assertThat(e.type()).isEqualTo(AuditEventType.CASE_LIST_VIEWED));
        }

        String coordinator = as(closeWorker).get("/cases/follow-up").body();
        String coordinatorFollowUps = coordinator.substring(coordinator.indexOf("followups-title"), coordinator.indexOf("own-title"));
        assertThat(coordinatorFollowUps).contains("Testiperhe Itse", "1 päivä myöhässä").doesNotContain("Testiperhe Oma");
        assertThat(coordinator).contains("Sopii tukiopetuksesta.");

        String nothing = as(outsider).get("/cases/follow-up").body();
        assertThat(nothing).doesNotContain("Testiperhe", "Sopii tukiopetuksesta.");
    }
}
