package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening a case: one transaction, the opener's membership by mode, double submit, field errors. */
@PerhekeskusTest
class CaseOpeningTest {

    private static final Pattern KEY = Pattern.compile("name=\"openingKey\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"openingKey\"|id=\"openingKey\" name=\"openingKey\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person closeWorker;

    @BeforeEach
    void people() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("avaaja", "Aino Avaaja", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahi", "Leena Lähi", "CLOSE_WORKER");
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    static Map<String, String> form(String familyName, String mode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("familyName", familyName);
        f.put("area", DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        f.put("language", "fi");
        f.put("mode", mode);
        f.put("basis", "FAMILY_REQUEST");
        f.put("basisNote", "Perhe pyysi tukea neuvolassa");
        f.put("children[0].name", "Eetu");
        f.put("children[0].bornOn", "2021-03-04");
        f.put("children[1].name", "Vauva");
        f.put("children[1].dueOn", "2027-02-01");
        f.put("guardians[0].name", "Hanna Huoltaja");
        f.put("guardians[0].phone", "040 123 4567");
        f.put("task", "Koordinoi verkostoa ja arvioi palvelutarpeen");
        return f;
    }

    static String key(HttpResponse<String> page) {
        Matcher m = KEY.matcher(page.body());
        assertThat(m.find()).as("opening key in the form").isTrue();
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return m.group(i);
        throw new AssertionError();
    }

    private UUID caseOf(String familyName) {
        return jdbc.sql("SELECT id FROM client_case WHERE family_name = :n").param("n", familyName).query(UUID.class).single();
    }

    @Test
    void aResponsibleWorkerOpensANetworkCaseAndBecomesItsResponsibleWorker() {
        String family = "Perhe Avaus " + UUID.randomUUID();
        WebClientSession session = as(responsible);
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var page = session.get("/cases/new");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> f = form(family, "NETWORK");
        f.put("openingKey", key(page));
        var response = session.postWithCsrfFrom("/cases/new", "/cases/new", f);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        UUID id = caseOf(family);
        assertThat(WebClientSession.location(response)).endsWith("/cases/" + id);
        var member = jdbc.sql("SELECT role, coordinating, task FROM case_member WHERE case_id = :c AND user_id = :u")
                .param("c", id).param("u", responsible.id()).query().singleRow();
        assertThat(member).containsEntry("role", "RESPONSIBLE_WORKER").containsEntry("coordinating", false)
                .containsEntry("task", "Koordinoi verkostoa ja arvioi palvelutarpeen");
        assertThat(jdbc.sql("SELECT count(*) FROM case_person WHERE case_id = :c AND kind = 'CHILD'").param("c", id)
                .query(Long.class).single()).isEqualTo(2);
        var shown = session.get("/cases/" + id);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(family, "Eetu", "Vauva", "Hanna Huoltaja");
        assertThat(audit.since(before, responsible.username())).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("CASE_OPENED");
            assertThat(r.target()).isEqualTo(id.toString());
        });
    }

    @Test
    void aDoubleClickOpensOneCase() {
        String family = "Perhe Tuplaklikki " + UUID.randomUUID();
        WebClientSession session = as(responsible);
        var page = session.get("/cases/new");
        Map<String, String> f = form(family, "NETWORK");
        f.put("openingKey", key(page));
        var first = session.postWithCsrfFrom("/cases/new", "/cases/new", f);
        var second = session.postWithCsrfFrom("/cases/new", "/cases/new", f);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(second)).isEqualTo(WebClientSession.location(first));
        assertThat(jdbc.sql("SELECT count(*) FROM client_case WHERE family_name = :n").param("n", family)
                .query(Long.class).single()).isOne();
    }

    @Test
    void twoSubmissionsOfOneFormAtTheSameMomentOpenOneCase() throws Exception {
        String family = "Perhe Samaan Aikaan " + UUID.randomUUID();
        WebClientSession session = as(responsible);
        var page = session.get("/cases/new");
        Map<String, String> f = form(family, "NETWORK");
        f.put("openingKey", key(page));
        f.put("_csrf", WebClientSession.csrfToken(page));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<HttpResponse<String>> post = () -> {
                start.await();
                return session.post("/cases/new", f);
            };
            var a = pool.submit(post);
            var b = pool.submit(post);
            start.countDown();
            assertThat(a.get().statusCode()).isEqualTo(302);
            assertThat(b.get().statusCode()).isEqualTo(302);
            assertThat(WebClientSession.location(a.get())).isEqualTo(WebClientSession.location(b.get()));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM client_case WHERE family_name = :n").param("n", family)
                .query(Long.class).single()).isOne();
    }

    @Test
    void badInputIsToldFieldByFieldInTheUsersLanguageAndNothingIsSaved() {
        String family = "Perhe Virhe " + UUID.randomUUID();
        WebClientSession session = as(responsible);
        Map<String, String> f = form(family, "NETWORK");
        f.remove("children[0].name");
        f.remove("children[0].bornOn");
        f.remove("children[1].name");
        f.remove("children[1].dueOn");
        f.put("task", " ");
        f.put("guardians[0].email", "ei-osoite");
        var response = session.postWithCsrfFrom("/cases/new", "/cases/new", f);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Korjaa seuraavat kohdat", "Lisää vähintään yksi lapsi.",
                "Kirjoita oma tehtäväsi perheen asiassa.", "Tarkista sähköpostiosoite.");
        f.put("children[0].name", "Eetu");
        f.put("children[0].bornOn", "2099-01-01");
        var english = session.postWithCsrfFrom("/cases/new?lang=en", "/cases/new?lang=en", f);
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("The date of birth cannot be in the future.");
        assertThat(jdbc.sql("SELECT count(*) FROM client_case WHERE family_name = :n").param("n", family)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCloseWorkerOpensOnlyAFamilyCoordinatedCaseWithTheGuardiansConsent() {
        String family = "Perhe Itse " + UUID.randomUUID();
        WebClientSession session = as(closeWorker);
        var network = session.postWithCsrfFrom("/cases/new", "/cases/new", form(family, "NETWORK"));
        assertThat(network.statusCode()).isEqualTo(422);
        assertThat(network.body()).contains("Vain omatyöntekijä tai asiakasohjaaja voi avata verkostoasiakkuuden.");
        var noConsent = session.postWithCsrfFrom("/cases/new", "/cases/new", form(family, "FAMILY_COORDINATED"));
        assertThat(noConsent.statusCode()).isEqualTo(422);
        assertThat(noConsent.body()).contains("huoltajan suostumus tarvitaan");

        Map<String, String> f = form(family, "FAMILY_COORDINATED");
        f.put("familyConsent", "true");
        f.put("consentScope", "SOCIAL_CARE");
        var opened = session.postWithCsrfFrom("/cases/new", "/cases/new", f);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        UUID id = caseOf(family);
        var member = jdbc.sql("""
                SELECT m.role, m.coordinating, c.given_by, c.scope FROM case_member m
                JOIN case_consent c ON c.member_id = m.id WHERE m.case_id = :c AND m.user_id = :u""")
                .param("c", id).param("u", closeWorker.id()).query().singleRow();
        assertThat(member).containsEntry("role", "CLOSE_WORKER").containsEntry("coordinating", true)
                .containsEntry("given_by", "Hanna Huoltaja").containsEntry("scope", "SOCIAL_CARE");
        // the coordinating close worker coordinates: the add-member page is theirs
        assertThat(session.get("/cases/" + id + "/members/new").statusCode()).isEqualTo(200);
    }

    @Test
    void aGuardianWithAFamilyAccountOfTheSameEmailIsLinked() {
        Person parent = fixtures.person("vanh", "Ville Vanhempi", "FAMILY_MEMBER");
        String family = "Perhe Linkki " + UUID.randomUUID();
        Map<String, String> f = form(family, "NETWORK");
        f.put("guardians[1].name", "Ville Vanhempi");
        f.put("guardians[1].email", parent.email().toUpperCase());
        var opened = as(responsible).postWithCsrfFrom("/cases/new", "/cases/new", f);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT user_id FROM case_person WHERE case_id = :c AND name = 'Ville Vanhempi'")
                .param("c", caseOf(family)).query(UUID.class).single()).isEqualTo(parent.id());
        assertThat(jdbc.sql("SELECT user_id FROM case_person WHERE case_id = :c AND name = 'Hanna Huoltaja'")
                .param("c", caseOf(family)).query(UUID.class).optional()).isEmpty();
    }

    @Test
    void whoMayNotOpenACaseIsRefused() {
        var vanhempi = new WebClientSession(port).loggedInAs("vanhempi", "demo");
        assertThat(vanhempi.get("/cases/new").statusCode()).isIn(403, 404);
    }
}
