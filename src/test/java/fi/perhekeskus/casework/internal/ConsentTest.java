package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.casework.Cases;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The family's consents recorded by the coordinator: scopes apart, validity, withdrawal at once. */
@PerhekeskusTest
class ConsentTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person nurse;
    private CaseFixtures.Built built;
    private String casePath;
    private UUID nurseMember;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        nurse = fixtures.person("th", "Terhi Terveydenhoitaja", "CLOSE_WORKER");
        built = fixtures.newCase("Suostumusperhe").child("Mikko", LocalDate.of(2019, 5, 3)).guardian("Maija Mäki", null)
                .responsibleWorker(responsible).member(nurse, "CLOSE_WORKER", false, "Seuraa kasvua neuvolassa", false)
                .build();
        casePath = "/cases/" + built.id();
        nurseMember = built.member(nurse);
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private java.net.http.HttpResponse<String> give(WebClientSession s, Map<String, String> form) {
        return s.postWithCsrfFrom(casePath + "/consents/new", casePath + "/consents", form);
    }

    @Test
    void aConsentGivesTheMemberAccessAndWithdrawingTheLastOneRemovesItAtOnce() {
        WebClientSession session = as(responsible);
        assertThat(as(nurse).get(casePath).statusCode()).isEqualTo(404);
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        String guardian = "person:" + built.guardians().get(0);
        assertThat(give(session, Map.of("to", "member:" + nurseMember, "scope", "HEALTH_CARE", "givenBy", guardian))
                .statusCode()).isEqualTo(302);
        assertThat(give(session, Map.of("to", "member:" + nurseMember, "scope", "SOCIAL_CARE", "givenBy", guardian,
                "validUntil", LocalDate.now().plusMonths(6).toString())).statusCode()).isEqualTo(302);
        WebClientSession nurseSession = as(nurse);
        assertThat(nurseSession.get(casePath).statusCode()).isEqualTo(200);
        assertThat(cases.worksOn(new UserId(nurse.id()), built.id())).isTrue();

        // health care and social care are separate rows of the consent list and columns of the matrix
        var page = session.get(casePath);
        assertThat(page.body()).contains("Terveydenhuolto", "Sosiaalihuolto", "Maija Mäki");

        var consents = jdbc.sql("SELECT id, scope FROM case_consent WHERE member_id = :m ORDER BY scope")
                .param("m", nurseMember).query((rs, n) -> rs.getObject(1, UUID.class)).list();
        assertThat(session.postWithCsrfFrom(casePath, casePath + "/consents/" + consents.get(0) + "/withdraw", Map.of())
                .statusCode()).isEqualTo(302);
        // one consent still in force: still a basis
        assertThat(nurseSession.get(casePath).statusCode()).isEqualTo(200);
        assertThat(session.postWithCsrfFrom(casePath, casePath + "/consents/" + consents.get(1) + "/withdraw", Map.of())
                .statusCode()).isEqualTo(302);
        // the last one withdrawn: the SQL rule answers no at once, the page is 404 on the next request
        assertThat(cases.worksOn(new UserId(nurse.id()), built.id())).isFalse();
        assertThat(nurseSession.get(casePath).statusCode()).isEqualTo(404);
        assertThat(session.get(casePath).body()).contains("ei tietojenvaihtoon oikeutta – pyydä perheen suostumus");
        var again = session.postWithCsrfFrom(casePath, casePath + "/consents/" + consents.get(1) + "/withdraw", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(audit.since(before, responsible.username())).extracting(AuditRows.Row::type)
                .contains("CASE_CONSENT_GIVEN", "CASE_CONSENT_WITHDRAWN");
    }

    @Test
    void aConsentToTheOrganisationCoversItsMembers() {
        WebClientSession session = as(responsible);
        var given = give(session, Map.of("to", "org:Testikunta", "scope", "SOCIAL_CARE", "givenBy", "named",
                "givenByName", "Mikon isä"));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(302);
        assertThat(as(nurse).get(casePath).statusCode()).isEqualTo(200);
    }

    @Test
    void badConsentsAreToldAndNothingIsSaved() {
        WebClientSession session = as(responsible);
        String guardian = "person:" + built.guardians().get(0);
        var past = give(session, Map.of("to", "member:" + nurseMember, "scope", "SOCIAL_CARE", "givenBy", guardian,
                "validUntil", LocalDate.now().minusDays(1).toString()));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(past.body()).contains("Voimassaolon loppu ei voi olla menneisyydessä.");
        var noGiver = give(session, Map.of("to", "member:" + nurseMember, "scope", "SOCIAL_CARE", "givenBy", ""));
        assertThat(noGiver.statusCode()).isEqualTo(422);
        CaseFixtures.Built other = fixtures.newCase("Muu perhe").child("Aino", LocalDate.of(2020, 1, 1))
                .guardian("Muu huoltaja", null).responsibleWorker(responsible).build();
        var foreignPerson = give(session, Map.of("to", "member:" + nurseMember, "scope", "SOCIAL_CARE",
                "givenBy", "person:" + other.guardians().get(0)));
        assertThat(foreignPerson.statusCode()).isEqualTo(422);
        var foreignMember = give(session, Map.of("to", "member:" + other.member(responsible), "scope", "SOCIAL_CARE",
                "givenBy", guardian));
        assertThat(foreignMember.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM case_consent WHERE case_id = :c").param("c", built.id().value())
                .query(Long.class).single()).isZero();
        var foreignConsent = fixtures.consent(other.id(), other.member(responsible), "SOCIAL_CARE");
        assertThat(session.postWithCsrfFrom(casePath, casePath + "/consents/" + foreignConsent + "/withdraw", Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(as(nurse).get(casePath + "/consents/new").statusCode()).isEqualTo(404);
    }
}
