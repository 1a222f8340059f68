package fi.perhekeskus.directory;

import static fi.perhekeskus.testing.WebClientSession.location;
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

/** Coordinators add professionals, assign and end key person assignments, and record trainings. */
@PerhekeskusTest
class KeyPersonManagementTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClientSession coordinator() {
        return new WebClientSession(port).loggedInAs("koordinaattori", "demo");
    }

    private Map<String, String> assignment(DirectoryFixtures f, Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("expertise", "nepsy", "scope", "AREA",
                "areaId", f.area.toString(), "weeklyHours", "2", "workForms", "PAIR_WORK",
                "startsOn", LocalDate.now().toString(), "endsOn", "", "deputyId", ""));
        form.putAll(changes);
        return form;
    }

    private int assignmentsOf(UUID professional) {
        return jdbc.sql("SELECT count(*) FROM key_person_assignment WHERE professional_id = :p")
                .param("p", professional).query(Integer.class).single();
    }

    @Test
    void assigningWithErrorsShowsFieldMessagesAndSavesNothing() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Virhe Ville " + f.suffix, f.area);
        var session = coordinator();
        String page = "/directory/professionals/" + p + "/assign";

        var endsBeforeStart = session.postWithCsrfFrom(page, page, assignment(f, Map.of(
                "startsOn", "2026-05-01", "endsOn", "2026-04-01")));
        var deputySelf = session.postWithCsrfFrom(page, page, assignment(f, Map.of("deputyId", p.toString())));
        var unknownExpertise = session.postWithCsrfFrom(page, page, assignment(f, Map.of("expertise", "astrologia")));
        var noPlanningArea = session.postWithCsrfFrom(page, page, assignment(f, Map.of("scope", "PLANNING_AREA")));

        assertThat(endsBeforeStart.statusCode()).isEqualTo(422);
        assertThat(endsBeforeStart.body()).contains("Korjaa seuraavat kohdat")
                .contains("Päättymispäivä ei voi olla ennen alkamispäivää.");
        assertThat(deputySelf.body()).contains("Varahenkilö ei voi olla avainhenkilö itse.");
        assertThat(unknownExpertise.body()).contains("Osaamisaluetta ei ole.");
        assertThat(noPlanningArea.body()).contains("Valitse kattavuutta vastaava alue.");
        assertThat(assignmentsOf(p)).isZero();
    }

    @Test
    void assigningForAPlanningAreaCoversItsAreasAndIsAudited() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Laaja Liisa " + f.suffix, f.area);
        UUID deputy = f.professional("Vara Veikko " + f.suffix, f.area);
        String page = "/directory/professionals/" + p + "/assign";

        var saved = coordinator().postWithCsrfFrom(page, page, assignment(f, Map.of("scope", "PLANNING_AREA",
                "planningAreaId", f.planningA.toString(), "deputyId", deputy.toString())));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/directory/professionals/" + p);
        var areas = jdbc.sql("""
                SELECT ka.family_centre_area_id FROM key_person_assignment k
                JOIN key_person_assignment_area ka ON ka.assignment_id = k.id WHERE k.professional_id = :p""")
                .param("p", p).query(UUID.class).list();
        assertThat(areas).containsExactlyInAnyOrder(f.area, f.sibling);
        assertThat(new AuditRows(jdbc).newest("KEY_PERSON_ASSIGNED", "koordinaattori")).hasValueSatisfying(row ->
                assertThat(row.target()).isEqualTo(jdbc.sql("SELECT id::text FROM key_person_assignment WHERE professional_id = :p")
                        .param("p", p).query(String.class).single()));
    }

    @Test
    void endingTwiceIsRefusedWithAClearMessageAndChangesNothing() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Päättäjä Paula " + f.suffix, f.area);
        UUID assignment = f.assign(p, "violence", f.area);
        var session = coordinator();
        String page = "/directory/professionals/" + p;
        String end = "/directory/assignments/" + assignment + "/end";
        String today = LocalDate.now().toString();

        var first = session.postWithCsrfFrom(page, end, Map.of("version", "0", "endsOn", today, "successor", ""));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(new AuditRows(jdbc).newest("KEY_PERSON_ASSIGNMENT_ENDED", "koordinaattori"))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(assignment.toString()));
        var before = jdbc.sql("SELECT ends_on::text || ended_at::text || version FROM key_person_assignment WHERE id = :id")
                .param("id", assignment).query(String.class).single();

        var again = session.postWithCsrfFrom(page, end, Map.of("version", "0", "endsOn", LocalDate.now().plusDays(3)
                .toString(), "successor", ""));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Tehtävä on jo päätetty. Mitään ei muutettu.");
        assertThat(jdbc.sql("SELECT ends_on::text || ended_at::text || version FROM key_person_assignment WHERE id = :id")
                .param("id", assignment).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void staleVersionIsRefusedAndASuccessorContinuesTheAssignment() {
        var f = new DirectoryFixtures(jdbc);
        UUID p = f.professional("Vaihtuva Ville " + f.suffix, f.area);
        UUID successor = f.professional("Jatkaja Jaakko " + f.suffix, f.area);
        UUID assignment = f.assign(p, "leisure", f.area, f.sibling);
        var session = coordinator();
        String page = "/directory/professionals/" + p;
        String end = "/directory/assignments/" + assignment + "/end";

        var stale = session.postWithCsrfFrom(page, end, Map.of("version", "7", "endsOn", LocalDate.now().toString()));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Joku muu muutti tehtävää");

        var ended = session.postWithCsrfFrom(page, end, Map.of("version", "0", "endsOn",
                LocalDate.now().plusDays(30).toString(), "successor", successor.toString()));
        assertThat(ended.statusCode()).isEqualTo(302);
        var next = jdbc.sql("SELECT successor_id FROM key_person_assignment WHERE id = :id").param("id", assignment)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT professional_id FROM key_person_assignment WHERE id = :id").param("id", next)
                .query(UUID.class).single()).isEqualTo(successor);
        assertThat(jdbc.sql("SELECT count(*) FROM key_person_assignment_area WHERE assignment_id = :id")
                .param("id", next).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void coordinatorAddsAndEditsAProfessionalAndItIsAudited() {
        var session = coordinator();
        String name = "Uusi Ulla " + UUID.randomUUID().toString().substring(0, 6);
        var created = session.postWithCsrfFrom("/directory/professionals/new", "/directory/professionals/new",
                Map.of("name", name, "title", "Perheneuvoja", "organisation", "Akaan kaupunki", "languages", "sv",
                        "phone", "03 123", "email", "ulla@example.invalid", "otherContact", "", "active", "true"));
        assertThat(created.statusCode()).isEqualTo(302);
        String id = location(created).substring(location(created).lastIndexOf('/') + 1);
        assertThat(session.get("/directory/professionals/" + id).body()).contains(name).contains("Akaan kaupunki")
                .contains("ruotsi");
        assertThat(new AuditRows(jdbc).newest("PROFESSIONAL_UPDATED", "koordinaattori"))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(id));

        var invalid = session.postWithCsrfFrom("/directory/professionals/" + id + "/edit",
                "/directory/professionals/" + id + "/edit", Map.of("name", "", "organisation", "", "email", "ei-osoite"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Kirjoita nimi.").contains("Sähköpostiosoite ei ole kelvollinen.");
        assertThat(session.get("/directory/professionals?q=" + name.replace(" ", "+")).body()).contains(name);
    }

    @Test
    void trainingIsRecordedAuditedAndTheLackingListFollowsTheRole() {
        var f = new DirectoryFixtures(jdbc);
        UUID keyPerson = f.professional("Koulutettava Kaija " + f.suffix, f.area);
        f.assign(keyPerson, "nepsy", f.area);
        UUID basicOnly = f.professional("Perus Pentti " + f.suffix, f.area);
        var session = coordinator();

        String lacking = "/directory/training?q=" + f.suffix;
        String before = lackingList(session.get(lacking).body());
        assertThat(before).contains("Koulutettava Kaija " + f.suffix).contains("Perus Pentti " + f.suffix);

        var recorded = session.postWithCsrfFrom("/directory/training", "/directory/training", Map.of(
                "professionalId", keyPerson.toString(), "training", "key-person", "completedOn",
                LocalDate.now().minusDays(3).toString()));
        session.postWithCsrfFrom("/directory/training", "/directory/training", Map.of(
                "professionalId", keyPerson.toString(), "training", "basic", "completedOn",
                LocalDate.now().minusDays(3).toString()));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(new AuditRows(jdbc).newest("TRAINING_RECORDED", "koordinaattori"))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(keyPerson.toString()));
        String after = lackingList(session.get(lacking).body());
        assertThat(after).doesNotContain("Koulutettava Kaija " + f.suffix).contains("Perus Pentti " + f.suffix);
        assertThat(jdbc.sql("SELECT count(*) FROM training_completion WHERE professional_id = :p").param("p", basicOnly)
                .query(Integer.class).single()).isZero();

        var future = session.postWithCsrfFrom("/directory/training", "/directory/training", Map.of(
                "professionalId", basicOnly.toString(), "training", "basic", "completedOn",
                LocalDate.now().plusDays(3).toString()));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("Suorituspäivä ei voi olla tulevaisuudessa.");
    }

    private static String lackingList(String body) {
        return body.substring(body.indexOf("id=\"lacking\""));
    }

    @Test
    void closeWorkersUseTheFinderButCannotManage() {
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");
        assertThat(worker.get("/directory/finder").statusCode()).isEqualTo(200);
        assertThat(worker.get("/directory/professionals").statusCode()).isEqualTo(403);
        assertThat(worker.get("/directory/training").statusCode()).isEqualTo(403);
        assertThat(worker.get("/directory/expertise-areas").statusCode()).isEqualTo(403);
        assertThat(coordinator().get("/directory/professionals").statusCode()).isEqualTo(200);
        assertThat(coordinator().get("/directory/expertise-areas").statusCode()).isEqualTo(403);
    }

    @Test
    void adminAddsAnExpertiseAreaThatTheFinderOffers() {
        String admin = WebClientSession.createUser(port, "diradmin", "pw-123456", "Dina Admin", "ADMIN");
        var session = new WebClientSession(port).loggedInAs(admin, "pw-123456");
        String code = "digi-" + UUID.randomUUID().toString().substring(0, 6);

        var added = session.postWithCsrfFrom("/directory/expertise-areas", "/directory/expertise-areas", Map.of(
                "code", code, "nameFi", "Digituki " + code, "nameSv", "Digistöd", "nameEn", "Digital support",
                "targetPer30k", "0.5"));
        var taken = session.postWithCsrfFrom("/directory/expertise-areas", "/directory/expertise-areas", Map.of(
                "code", code, "nameFi", "x", "nameSv", "x", "nameEn", "x", "targetPer30k", "1"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("Tunnus on jo käytössä.");
        assertThat(session.get("/directory/finder").body()).contains("Digituki " + code);
    }
}
