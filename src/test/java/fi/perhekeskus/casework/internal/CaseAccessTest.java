package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may open a family's case page: members with a basis only; everyone else gets 404, audited. */
@PerhekeskusTest
class CaseAccessTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person closeWorker;
    private Person withoutConsent;
    private Person outsider;
    private CaseFixtures.Built built;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        withoutConsent = fixtures.person("eisuost", "Eino Eisuostumusta", "CLOSE_WORKER");
        outsider = fixtures.person("ulko", "Ulla Ulkopuolinen", "RESPONSIBLE_WORKER");
        built = fixtures.newCase("Testiperhe Mäkinen").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Maija Mäkinen", null)
                .responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa")
                .member(withoutConsent, "NETWORK_MEMBER", false, "Arvioi tuen tarpeen", false)
                .build();
    }

    private WebClientSession as(Person person) {
        return new WebClientSession(port).loggedInAs(person.username(), CaseFixtures.PASSWORD);
    }

    @Test
    void theResponsibleWorkerAndAConsentedMemberSeeTheCaseAndTheReadIsAudited() {
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var page = as(responsible).get("/cases/" + built.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Testiperhe Mäkinen", "Mikko");
        assertThat(audit.since(before, responsible.username()))
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo("CASE_VIEWED");
                    assertThat(r.target()).isEqualTo(built.id().toString());
                });
        assertThat(as(closeWorker).get("/cases/" + built.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void outsidersAndMembersWithoutABasisGetNotFoundAndTheAttemptIsAudited() {
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        for (Person p : new Person[] {withoutConsent, outsider}) {
            var page = as(p).get("/cases/" + built.id());
            assertThat(page.statusCode()).as(p.username()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Mäkinen", "Mikko");
        }
        assertThat(as(outsider).get("/cases/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(as(outsider).get("/cases/not-an-id").statusCode()).isEqualTo(404);
        assertThat(audit.since(before, outsider.username())).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("ACCESS_DENIED");
            assertThat(r.outcome()).isEqualTo("DENIED");
        });
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");
        assertThat(vieras.get("/cases/" + built.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void withdrawingTheConsentRemovesAccessAtOnce() {
        UUID consent = jdbc.sql("SELECT id FROM case_consent WHERE member_id = :m")
                .param("m", built.member(closeWorker)).query(UUID.class).single();
        WebClientSession session = as(closeWorker);
        assertThat(session.get("/cases/" + built.id()).statusCode()).isEqualTo(200);
        fixtures.withdraw(consent);
        assertThat(session.get("/cases/" + built.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void visitorsAreAskedToLogIn() {
        var page = new WebClientSession(port).get("/cases/" + built.id());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(page)).endsWith("/login");
    }
}
