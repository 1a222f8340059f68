package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.WebClientSession;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A closed case is read-only for every writer (409, nothing saved); the family can still withdraw a consent. */
@PerhekeskusTest
class ClosedCaseTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void writesOfAClosedCaseAreRefusedButWithdrawingAConsentStillWorks() {
        CaseFixtures fixtures = new CaseFixtures(port, jdbc);
        Person responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        Person closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        Person parent = fixtures.person("huoltaja", "Hanna Huoltaja", "FAMILY_MEMBER");
        var built = fixtures.newCase("Suljettu perhe").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Hanna Huoltaja", parent).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee päiväkodissa").build();
        jdbc.sql("""
                UPDATE client_case SET status = 'CLOSED', closed_at = now(), closing_summary = 'Tavoitteet saavutettiin.'
                WHERE id = :c""").param("c", built.id().value()).update();
        String casePath = "/cases/" + built.id();

        WebClientSession worker = new WebClientSession(port).loggedInAs(responsible.username(), CaseFixtures.PASSWORD);
        assertThat(worker.get(casePath).statusCode()).as("a closed case can still be read").isEqualTo(200);
        var member = worker.postWithCsrfFrom(casePath, casePath + "/members",
                Map.of("who", "circle", "role", "OWN_CIRCLE", "name", "Vaari", "task", "Kuljettaa harrastuksiin"));
        assertThat(member.statusCode()).isEqualTo(409);
        var record = worker.postWithCsrfFrom(casePath, casePath + "/records/new", Map.of());
        assertThat(record.statusCode()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM case_member WHERE case_id = :c AND name = 'Vaari'", built)).isZero();
        assertThat(count("SELECT count(*) FROM joint_record WHERE case_id = :c", built)).isZero();

        WebClientSession family = new WebClientSession(port).loggedInAs(parent.username(), CaseFixtures.PASSWORD);
        String familyPath = "/family/cases/" + built.id();
        var view = family.postWithCsrfFrom(familyPath, familyPath + "/views",
                Map.of("text", "Kiitos avusta.", "key", UUID.randomUUID().toString()));
        assertThat(view.statusCode()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM family_view WHERE case_id = :c", built)).isZero();

        UUID consent = jdbc.sql("SELECT id FROM case_consent WHERE member_id = :m").param("m", built.member(closeWorker))
                .query(UUID.class).single();
        var withdrawn = family.postWithCsrfFrom(familyPath, familyPath + "/consents/" + consent + "/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM case_consent WHERE case_id = :c AND withdrawn_at IS NOT NULL", built))
                .isEqualTo(1);
    }

    private long count(String sql, CaseFixtures.Built built) {
        return jdbc.sql(sql).param("c", built.id().value()).query(Long.class).single();
    }
}
