package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
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

/** Assembling the network over HTTP: the rules of NetworkMembershipPolicy, 409/422/404, audit, notifications. */
@PerhekeskusTest
class NetworkTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person colleague;
    private Person otherResponsible;
    private CaseFixtures.Built built;
    private String casePath;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        colleague = fixtures.person("kollega", "Kalle Kollega " + UUID.randomUUID().toString().substring(0, 6), "CLOSE_WORKER");
        otherResponsible = fixtures.person("toinen", "Tuula Toinen", "RESPONSIBLE_WORKER");
        built = fixtures.newCase("Verkostoperhe").child("Mikko", LocalDate.of(2019, 5, 3)).guardian("Maija", null)
                .responsibleWorker(responsible).build();
        casePath = "/cases/" + built.id();
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private long members(String whereUser) {
        return jdbc.sql("SELECT count(*) FROM case_member WHERE case_id = :c AND user_id = :u AND ended_at IS NULL")
                .param("c", built.id().value()).param("u", UUID.fromString(whereUser)).query(Long.class).single();
    }

    private java.net.http.HttpResponse<String> add(WebClientSession s, Map<String, String> form) {
        return s.postWithCsrfFrom(casePath + "/members/new", casePath + "/members", form);
    }

    @Test
    void aColleagueIsAddedWithRoleAndTaskAuditedAndNotified() {
        WebClientSession session = as(responsible);
        var search = session.get(casePath + "/members/new?q=" + java.net.URLEncoder.encode(colleague.displayName(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(colleague.displayName(), "user:" + colleague.id());
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var added = add(session, Map.of("who", "user:" + colleague.id(), "role", "CLOSE_WORKER",
                "sector", "EDUCATION", "task", "Tukee Mikkoa päiväkodissa", "namedByFamily", "true"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        UUID memberId = jdbc.sql("SELECT id FROM case_member WHERE case_id = :c AND user_id = :u")
                .param("c", built.id().value()).param("u", colleague.id()).query(UUID.class).single();
        assertThat(audit.since(before, responsible.username())).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("CASE_MEMBER_ADDED");
            assertThat(r.target()).isEqualTo(built.id().toString());
        });
        assertThat(jdbc.sql("SELECT details->>'memberId' FROM audit_event WHERE type = 'CASE_MEMBER_ADDED' AND target = :t")
                .param("t", built.id().toString()).query(String.class).list()).contains(memberId.toString());
        assertThat(jdbc.sql("SELECT link FROM notification WHERE user_id = :u AND kind = 'CASE_MEMBER_ADDED'")
                .param("u", colleague.id()).query(String.class).list()).containsExactly(casePath);
        // shown on the case page with its task and without a basis yet
        var page = session.get(casePath);
        assertThat(page.body()).contains("Tukee Mikkoa päiväkodissa", "ei tietojenvaihtoon oikeutta – pyydä perheen suostumus",
                "perheen nimeämä");
        // without a consent the added colleague cannot open the case yet
        assertThat(as(colleague).get(casePath).statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberAddedTwiceIsAConflictAndNothingIsSaved() {
        WebClientSession session = as(responsible);
        Map<String, String> form = Map.of("who", "user:" + colleague.id(), "role", "CLOSE_WORKER", "task", "Tukee arjessa");
        assertThat(add(session, form).statusCode()).isEqualTo(302);
        var again = add(session, Map.of("who", "user:" + colleague.id(), "role", "NETWORK_MEMBER", "task", "Toinen tehtävä"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Tämä henkilö on jo perheen verkostossa. Mitään ei tallennettu.");
        assertThat(members(colleague.id().toString())).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM case_member WHERE case_id = :c AND task = 'Toinen tehtävä'")
                .param("c", built.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void noMemberWithoutRoleAndTaskAndOneResponsibleWorkerOnly() {
        WebClientSession session = as(responsible);
        var noTask = add(session, Map.of("who", "user:" + colleague.id(), "role", "CLOSE_WORKER", "task", "  "));
        assertThat(noTask.statusCode()).isEqualTo(422);
        assertThat(noTask.body()).contains("Verkostossa ei ole vapaamatkustajia.");
        var noRole = add(session, Map.of("who", "user:" + colleague.id(), "task", "Tukee"));
        assertThat(noRole.statusCode()).isEqualTo(422);
        assertThat(noRole.body()).contains("Valitse rooli.");
        var second = add(session, Map.of("who", "user:" + otherResponsible.id(), "role", "RESPONSIBLE_WORKER",
                "task", "Koordinoi"));
        assertThat(second.statusCode()).isEqualTo(409);
        var coordinatingNetworkMember = add(session, Map.of("who", "user:" + colleague.id(), "role", "NETWORK_MEMBER",
                "task", "Tukee", "coordinating", "true"));
        assertThat(coordinatingNetworkMember.statusCode()).isEqualTo(422);
        assertThat(coordinatingNetworkMember.body()).contains("Koordinoiva lähityöntekijä on aina lähityöntekijä.");
        var circleWithoutName = add(session, Map.of("who", "circle", "role", "OWN_CIRCLE", "task", "Hakee päiväkodista"));
        assertThat(circleWithoutName.statusCode()).isEqualTo(422);
        assertThat(members(colleague.id().toString()) + members(otherResponsible.id().toString())).isZero();
    }

    @Test
    void theFamilysOwnCircleIsAddedWithoutAnAccountAndMembershipsEndWithAReason() {
        WebClientSession session = as(responsible);
        var grandma = add(session, Map.of("who", "circle", "role", "OWN_CIRCLE", "name", "Mummo Maija",
                "relation", "isoäiti", "phone", "040 765 4321", "task", "Hakee Mikon päiväkodista tiistaisin"));
        assertThat(grandma.statusCode()).isEqualTo(302);
        UUID memberId = jdbc.sql("SELECT id FROM case_member WHERE case_id = :c AND name = 'Mummo Maija'")
                .param("c", built.id().value()).query(UUID.class).single();
        var noReason = session.postWithCsrfFrom(casePath, casePath + "/members/" + memberId + "/end", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(422);
        var task = session.postWithCsrfFrom(casePath, casePath + "/members/" + memberId + "/task",
                Map.of("task", "Hakee päiväkodista ti ja to"));
        assertThat(task.statusCode()).isEqualTo(302);
        var ended = session.postWithCsrfFrom(casePath, casePath + "/members/" + memberId + "/end",
                Map.of("reason", "Muutti toiselle paikkakunnalle"));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT end_reason FROM case_member WHERE id = :m").param("m", memberId).query(String.class)
                .single()).isEqualTo("Muutti toiselle paikkakunnalle");
        assertThat(new AuditRows(jdbc).newest("CASE_MEMBER_ENDED", responsible.username()).orElseThrow().target())
                .isEqualTo(built.id().toString());
        // the responsible worker hands over rather than leaves
        UUID responsibleMember = built.member(responsible);
        var leave = session.postWithCsrfFrom(casePath, casePath + "/members/" + responsibleMember + "/end",
                Map.of("reason", "Lähden"));
        assertThat(leave.statusCode()).isEqualTo(409);
    }

    @Test
    void theResponsibleWorkerRoleIsHandedOverToAColleague() {
        WebClientSession session = as(responsible);
        assertThat(add(session, Map.of("who", "user:" + otherResponsible.id(), "role", "NETWORK_MEMBER",
                "task", "Ottaa vastuun joulukuussa"))).extracting(r -> r.statusCode()).isEqualTo(302);
        UUID memberId = jdbc.sql("SELECT id FROM case_member WHERE case_id = :c AND user_id = :u")
                .param("c", built.id().value()).param("u", otherResponsible.id()).query(UUID.class).single();
        var handed = session.postWithCsrfFrom(casePath, casePath + "/members/" + memberId + "/responsible", Map.of());
        assertThat(handed.statusCode()).isEqualTo(302);
        assertThat(as(otherResponsible).get(casePath).statusCode()).isEqualTo(200);
        // the previous responsible worker's membership ended, and with it the access
        assertThat(session.get(casePath).statusCode()).isEqualTo(404);
    }

    @Test
    void theCoordinatingCloseWorkerIsSetAmongTheCloseWorkers() {
        WebClientSession session = as(responsible);
        assertThat(add(session, Map.of("who", "user:" + colleague.id(), "role", "CLOSE_WORKER", "task", "Tukee kotona"))
                .statusCode()).isEqualTo(302);
        assertThat(add(session, Map.of("who", "user:" + otherResponsible.id(), "role", "NETWORK_MEMBER", "task", "Arvioi"))
                .statusCode()).isEqualTo(302);
        UUID close = jdbc.sql("SELECT id FROM case_member WHERE case_id = :c AND user_id = :u")
                .param("c", built.id().value()).param("u", colleague.id()).query(UUID.class).single();
        UUID network = jdbc.sql("SELECT id FROM case_member WHERE case_id = :c AND user_id = :u")
                .param("c", built.id().value()).param("u", otherResponsible.id()).query(UUID.class).single();
        var notClose = session.postWithCsrfFrom(casePath, casePath + "/members/" + network + "/coordinating", Map.of());
        assertThat(notClose.statusCode()).isEqualTo(422);
        assertThat(notClose.body()).contains("Koordinoiva lähityöntekijä on aina lähityöntekijä.");
        assertThat(session.postWithCsrfFrom(casePath, casePath + "/members/" + close + "/coordinating", Map.of())
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT coordinating FROM case_member WHERE id = :m").param("m", close).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("SELECT details->>'change' FROM audit_event WHERE type = 'CASE_MEMBER_CHANGED' AND target = :t")
                .param("t", built.id().toString()).query(String.class).list()).contains("coordinating");
    }

    @Test
    void othersGetNotFoundAndAnotherCasesMemberIdIsNotFound() {
        CaseFixtures.Built other = fixtures.newCase("Toinen perhe").child("Liisa", LocalDate.of(2020, 1, 1))
                .responsibleWorker(otherResponsible).member(colleague, "CLOSE_WORKER", "Tukee").build();
        WebClientSession session = as(responsible);
        var foreign = session.postWithCsrfFrom(casePath, casePath + "/members/" + other.member(colleague) + "/task",
                Map.of("task", "Kaapattu"));
        assertThat(foreign.statusCode()).isEqualTo(404);
        // a consented close worker works on the case but does not coordinate it
        WebClientSession closeWorker = as(colleague);
        String otherPath = "/cases/" + other.id();
        assertThat(closeWorker.get(otherPath).statusCode()).isEqualTo(200);
        assertThat(closeWorker.get(otherPath + "/members/new").statusCode()).isEqualTo(404);
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");
        assertThat(vieras.get(casePath + "/members/new").statusCode()).isEqualTo(404);
        assertThat(vieras.get(casePath + "/family").statusCode()).isEqualTo(404);
    }

    @Test
    void aCoordinatorWhoseConsentIsWithdrawnMidMeetingGetsNotFoundAndSavesNothing() {
        Person supporter = fixtures.person("tuki", "Tiina Tukija", "CLOSE_WORKER");
        CaseFixtures.Built family = fixtures.newCase("Itse koordinoiva perhe").familyCoordinated()
                .child("Oona", LocalDate.of(2018, 2, 2)).guardian("Olli", null)
                .member(supporter, "CLOSE_WORKER", true, "Tukee perhettä koordinoinnissa", true).build();
        String path = "/cases/" + family.id();
        WebClientSession session = as(supporter);
        var page = session.get(path + "/members/new");
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = WebClientSession.csrfToken(page);
        UUID consent = jdbc.sql("SELECT id FROM case_consent WHERE member_id = :m").param("m", family.member(supporter))
                .query(UUID.class).single();
        fixtures.withdraw(consent);
        var posted = session.post(path + "/members", Map.of("_csrf", csrf, "who", "circle", "role", "OWN_CIRCLE",
                "name", "Vaari", "task", "Kuljettaa harrastuksiin"));
        assertThat(posted.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM case_member WHERE case_id = :c AND name = 'Vaari'")
                .param("c", family.id().value()).query(Long.class).single()).isZero();
        assertThat(session.get(path).statusCode()).isEqualTo(404);
    }
}
