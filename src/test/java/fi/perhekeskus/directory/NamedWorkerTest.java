package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named roles on a professional's page, the finder showing a new special-level worker, and expertise audit. */
@PerhekeskusTest
class NamedWorkerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClientSession coordinator() {
        return new WebClientSession(port).loggedInAs("koordinaattori", "demo");
    }

    private Map<String, String> role(DirectoryFixtures f, Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("role", "SPECIAL_SERVICE_WORKER", "areaId", f.area.toString(),
                "serviceName", "Lastenpsykiatrian poliklinikka " + f.suffix, "expertiseCode", "nepsy",
                "startsOn", LocalDate.now().minusDays(1).toString(), "endsOn", ""));
        form.putAll(changes);
        return form;
    }

    private int rolesOf(UUID professional) {
        return jdbc.sql("SELECT count(*) FROM named_worker WHERE professional_id = :p").param("p", professional)
                .query(Integer.class).single();
    }

    @Test
    void addingWithErrorsShowsFieldMessagesIn422AndSavesNothing() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Virheellinen Vilja " + f.suffix, f.area);
        var session = coordinator();
        String page = "/directory/professionals/" + p;
        String roles = page + "/roles";

        var noService = session.postWithCsrfFrom(page, roles, role(f, Map.of("serviceName", " ")));
        var noArea = session.postWithCsrfFrom(page, roles, role(f, Map.of("areaId", "")));
        var endsBeforeStart = session.postWithCsrfFrom(page, roles, role(f, Map.of(
                "startsOn", "2026-05-01", "endsOn", "2026-04-30")));
        var noRole = session.postWithCsrfFrom(page, roles, role(f, Map.of("role", "")));

        assertThat(noService.statusCode()).isEqualTo(422);
        assertThat(noService.body()).contains("Korjaa seuraavat kohdat").contains("Kirjoita erityistason palvelun nimi.");
        assertThat(noArea.body()).contains("Valitse perhekeskusalue.");
        assertThat(endsBeforeStart.body()).contains("Päättymispäivä ei voi olla ennen alkamispäivää.");
        assertThat(noRole.body()).contains("Valitse rooli.");
        assertThat(rolesOf(p)).isZero();

        var agent = session.postWithCsrfFrom(page, roles, role(f, Map.of("role", "AGENT", "serviceName", "")));
        assertThat(agent.statusCode()).as("only special-level workers need a service").isEqualTo(302);
    }

    @Test
    void aNewSpecialLevelWorkerIsAuditedFoundByTheFinderAndEndedOnce() {
        var f = new DirectoryFixtures(jdbc);
        String name = "Erityinen Eeva " + f.suffix;
        UUID p = f.professional(name, f.area);
        var session = coordinator();
        String page = "/directory/professionals/" + p;
        long before = new AuditRows(jdbc).newestId();

        var added = session.postWithCsrfFrom(page, page + "/roles", role(f, Map.of()));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("Rooli lisättiin.").contains("Nimetty erityistason työntekijä")
                .contains("Lastenpsykiatrian poliklinikka " + f.suffix);
        assertThat(new AuditRows(jdbc).since(before, "koordinaattori"))
                .anySatisfy(row -> {
                    assertThat(row.type()).isEqualTo("PROFESSIONAL_UPDATED");
                    assertThat(row.target()).isEqualTo(p.toString());
                });
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");
        assertThat(worker.get("/directory/finder?expertise=nepsy&area=" + f.area).body()).contains(name)
                .contains("Lastenpsykiatrian poliklinikka " + f.suffix);

        UUID role = jdbc.sql("SELECT id FROM named_worker WHERE professional_id = :p").param("p", p)
                .query(UUID.class).single();
        String end = "/directory/named-workers/" + role + "/end";
        String today = LocalDate.now().toString();
        var ended = session.postWithCsrfFrom(page, end, Map.of("endsOn", today));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("Rooli päätettiin.");

        var again = session.postWithCsrfFrom(page, end, Map.of("endsOn", LocalDate.now().plusDays(2).toString()));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Rooli on jo päätetty. Mitään ei muutettu.");
        assertThat(jdbc.sql("SELECT ends_on::text FROM named_worker WHERE id = :id").param("id", role)
                .query(String.class).single()).isEqualTo(today);
        assertThat(new AuditRows(jdbc).since(before, "koordinaattori"))
                .filteredOn(row -> row.type().equals("PROFESSIONAL_UPDATED") && row.target().equals(p.toString()))
                .hasSize(2);
    }

    @Test
    void closeWorkersCannotAddRoles() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Koskematon Kaisa " + f.suffix, f.area);
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");

        var post = worker.postWithCsrfFrom("/directory/finder", "/directory/professionals/" + p + "/roles", role(f, Map.of()));

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(rolesOf(p)).isZero();
    }

    @Test
    void addingAnExpertiseAreaIsAudited() {
        String admin = WebClientSession.createUser(port, "expadmin", "pw-123456", "Eino Admin", "ADMIN");
        var session = new WebClientSession(port).loggedInAs(admin, "pw-123456");
        String code = "audit-" + UUID.randomUUID().toString().substring(0, 6);

        var added = session.postWithCsrfFrom("/directory/expertise-areas", "/directory/expertise-areas", Map.of(
                "code", code, "nameFi", "Auditoitava " + code, "nameSv", "Granskad", "nameEn", "Audited",
                "targetPer30k", "1"));
        assertThat(added.statusCode()).isEqualTo(302);
        var rows = new AuditRows(jdbc);
        assertThat(rows.newest("EXPERTISE_AREA_ADDED", admin))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(code));
        long after = rows.newestId();

        var taken = session.postWithCsrfFrom("/directory/expertise-areas", "/directory/expertise-areas", Map.of(
                "code", code, "nameFi", "x", "nameSv", "x", "nameEn", "x", "targetPer30k", "1"));

        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(rows.since(after, admin)).noneMatch(row -> row.type().equals("EXPERTISE_AREA_ADDED"));
    }
}
