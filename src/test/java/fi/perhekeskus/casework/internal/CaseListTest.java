package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The worker's case list: only cases with a basis, filtered in SQL, open first, audited. */
@PerhekeskusTest
class CaseListTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person worker;
    private Person responsible;

    @BeforeEach
    void people() {
        fixtures = new CaseFixtures(port, jdbc);
        worker = fixtures.person("lista", "Liisa Lista", "KEY_PERSON");
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    @Test
    void theWorkerSeesTheCasesWithABasisOnlyWithTheirRoleAndTheReadIsAudited() {
        fixtures.newCase("Listaperhe Auki").child("Eetu", LocalDate.now().minusYears(4).minusDays(3))
                .responsibleWorker(responsible).member(worker, "CLOSE_WORKER", true, "Tukee arjessa", true).build();
        fixtures.newCase("Listaperhe Ilman").child("Aada", LocalDate.of(2020, 1, 1))
                .responsibleWorker(responsible).member(worker, "NETWORK_MEMBER", false, "Arvioi", false).build();
        var closed = fixtures.newCase("Listaperhe Päättynyt").child("Onni", LocalDate.of(2015, 1, 1))
                .responsibleWorker(responsible).member(worker, "CLOSE_WORKER", "Tuki").build();
        jdbc.sql("UPDATE client_case SET status = 'CLOSED', closed_at = now(), closing_summary = 'Tavoitteet saavutettu' WHERE id = :id")
                .param("id", closed.id().value()).update();
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var page = as(worker).get("/cases");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Listaperhe Auki", "4 v", "Lähityöntekijä", "koordinoiva lähityöntekijä",
                "Listaperhe Päättynyt").doesNotContain("Listaperhe Ilman");
        assertThat(page.body().indexOf("Listaperhe Auki")).isLessThan(page.body().indexOf("Listaperhe Päättynyt"));
        assertThat(as(worker).get("/cases?status=open").body()).contains("Listaperhe Auki").doesNotContain("Listaperhe Päättynyt");
        assertThat(as(worker).get("/cases?status=closed").body()).contains("Listaperhe Päättynyt").doesNotContain("Listaperhe Auki");
        assertThat(audit.since(before, worker.username())).anySatisfy(r -> assertThat(r.type()).isEqualTo("CASE_LIST_VIEWED"));
    }

    @Test
    void aFamilyMemberIsSentToTheFamilysOwnViewAndOpenersSeeTheButton() {
        var parent = new WebClientSession(port).loggedInAs("vanhempi", "demo");
        var page = parent.get("/cases");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(page)).endsWith("/family");
        assertThat(as(responsible).get("/cases").body()).contains("Avaa uusi asiakkuus");
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo").get("/cases");
        assertThat(vieras.statusCode()).isEqualTo(200);
        assertThat(vieras.body()).doesNotContain("data-testid=\"case-row\"");
    }
}
