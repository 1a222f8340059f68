package fi.perhekeskus.casework.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family coordinating itself with a close worker's support (seed 001), and back to a responsible worker. */
@PerhekeskusTest
class CaseModeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person closeWorker;
    private Person guidance;

    @BeforeEach
    void people() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        guidance = fixtures.person("ohj", "Otto Ohjaaja", "CLIENT_GUIDANCE_WORKER");
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private String version(CaseFixtures.Built built) {
        return jdbc.sql("SELECT version FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
    }

    private String mode(CaseFixtures.Built built) {
        return jdbc.sql("SELECT mode FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
    }

    @Test
    void toTheFamilysOwnCoordinationNeedsACoordinatingCloseWorkerWithConsentWhoThenCoordinates() {
        var built = fixtures.newCase("Testiperhe Itsenäinen").child("Iida", LocalDate.of(2020, 1, 1))
                .responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", true, "Tukee perhettä", false).build();
        String base = "/cases/" + built.id();
        var session = as(responsible);
        var refused = session.postWithCsrfFrom(base, base + "/mode",
                Map.of("mode", "FAMILY_COORDINATED", "version", version(built)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("verkostossa on koordinoiva lähityöntekijä");
        assertThat(mode(built)).isEqualTo("NETWORK");
        // The close worker cannot coordinate yet: no consent, so no basis at all.
        assertThat(as(closeWorker).get(base + "/close").statusCode()).isEqualTo(404);

        fixtures.consent(built.id(), built.member(closeWorker), "EDUCATION");
        var changed = session.postWithCsrfFrom(base, base + "/mode",
                Map.of("mode", "FAMILY_COORDINATED", "version", version(built)));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(changed)).endsWith("/cases/follow-up");
        assertThat(mode(built)).isEqualTo("FAMILY_COORDINATED");
        assertThat(new fi.perhekeskus.testing.AuditRows(jdbc).newest("CASE_MODE_CHANGED", responsible.username())
                .orElseThrow().target()).isEqualTo(built.id().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM case_member WHERE case_id = :c AND role = 'RESPONSIBLE_WORKER' AND ended_at IS NULL")
                .param("c", built.id().value()).query(Integer.class).single()).isZero();
        // The former responsible worker no longer sees the case; the coordinating close worker may evaluate and close.
        assertThat(session.get(base).statusCode()).isEqualTo(404);
        var coordinator = as(closeWorker);
        assertThat(coordinator.get(base + "/close").statusCode()).isEqualTo(200);
        assertThat(coordinator.get(base + "/mode").statusCode()).isEqualTo(200);
    }

    @Test
    void backToTheNetworkNeedsAResponsibleWorkerWithTheRightRole() {
        var built = fixtures.newCase("Testiperhe Verkostoon").child("Veeti", LocalDate.of(2017, 1, 1))
                .familyCoordinated()
                .member(closeWorker, "CLOSE_WORKER", true, "Tukee perhettä", true)
                .member(guidance, "NETWORK_MEMBER", "Arvioi tuen tarpeen")
                .build();
        String base = "/cases/" + built.id();
        var session = as(closeWorker);
        var none = session.postWithCsrfFrom(base, base + "/mode", Map.of("mode", "NETWORK", "version", version(built)));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Valitse omatyöntekijä.");
        // The close worker's account has no responsible worker's role.
        var wrongRole = session.postWithCsrfFrom(base, base + "/mode", Map.of("mode", "NETWORK",
                "responsibleMember", built.member(closeWorker).toString(), "version", version(built)));
        assertThat(wrongRole.statusCode()).isEqualTo(422);
        assertThat(wrongRole.body()).contains("ei voi olla omatyöntekijä");
        assertThat(mode(built)).isEqualTo("FAMILY_COORDINATED");

        var changed = session.postWithCsrfFrom(base, base + "/mode", Map.of("mode", "NETWORK",
                "responsibleMember", built.member(guidance).toString(), "version", version(built)));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(mode(built)).isEqualTo("NETWORK");
        assertThat(jdbc.sql("SELECT role FROM case_member WHERE id = :m").param("m", built.member(guidance))
                .query(String.class).single()).isEqualTo("RESPONSIBLE_WORKER");
        // Now the responsible worker coordinates, and the close worker no longer may close.
        assertThat(as(guidance).get(base + "/close").statusCode()).isEqualTo(200);
        assertThat(session.get(base + "/close").statusCode()).isEqualTo(404);
    }
}
