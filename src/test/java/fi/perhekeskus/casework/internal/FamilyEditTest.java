package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
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

/** Editing the family: children and guardians added and changed, version-guarded, audited. */
@PerhekeskusTest
class FamilyEditTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theCoordinatorAddsAChildAndAGuardianAndChangesTheLanguage() {
        CaseFixtures fixtures = new CaseFixtures(port, jdbc);
        Person responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        var built = fixtures.newCase("Muokattava perhe").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Maija", null).responsibleWorker(responsible).build();
        String path = "/cases/" + built.id() + "/family";
        WebClientSession session = new WebClientSession(port).loggedInAs(responsible.username(), CaseFixtures.PASSWORD);
        assertThat(session.get(path).statusCode()).isEqualTo(200);
        Map<String, String> form = new HashMap<>();
        form.put("version", "0");
        form.put("language", "sv");
        form.put("people[0].id", built.children().get(0).toString());
        form.put("people[0].kind", "CHILD");
        form.put("people[0].name", "Mikko Mäki");
        form.put("people[0].bornOn", "2019-05-03");
        form.put("people[1].id", built.guardians().get(0).toString());
        form.put("people[1].kind", "GUARDIAN");
        form.put("people[1].name", "Maija Mäki");
        form.put("newChild.name", "Vauva");
        form.put("newChild.dueOn", LocalDate.now().plusMonths(3).toString());
        form.put("newGuardian.name", "Matti Mäki");
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var saved = session.postWithCsrfFrom(path, path, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT name FROM case_person WHERE case_id = :c ORDER BY position").param("c", built.id().value())
                .query(String.class).list()).containsExactly("Mikko Mäki", "Maija Mäki", "Vauva", "Matti Mäki");
        assertThat(jdbc.sql("SELECT language FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single()).isEqualTo("sv");
        assertThat(audit.since(before, responsible.username())).extracting(AuditRows.Row::type).contains("CASE_FAMILY_CHANGED");
        // the same form again is on an old version: told, nothing changed
        form.put("people[0].name", "Vanha nimi");
        var stale = session.postWithCsrfFrom(path, path, form);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Joku muu muutti perheen tietoja samaan aikaan.");
        form.put("version", "1");
        form.put("people[0].id", UUID.randomUUID().toString());
        assertThat(session.postWithCsrfFrom(path, path, form).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherFamilyMemberIsAddedWithARelationAndShownOnTheCase() {
        CaseFixtures fixtures = new CaseFixtures(port, jdbc);
        Person responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        var built = fixtures.newCase("Perhe Sisarus").child("Mikko", LocalDate.of(2019, 5, 3))
                .responsibleWorker(responsible).build();
        String path = "/cases/" + built.id() + "/family";
        WebClientSession session = new WebClientSession(port).loggedInAs(responsible.username(), CaseFixtures.PASSWORD);
        Map<String, String> form = new HashMap<>();
        form.put("version", "0");
        form.put("language", "fi");
        form.put("people[0].id", built.children().get(0).toString());
        form.put("people[0].kind", "CHILD");
        form.put("people[0].name", "Mikko");
        form.put("people[0].bornOn", "2019-05-03");
        form.put("newRelative.name", "Sanni");
        var missingRelation = session.postWithCsrfFrom(path, path, form);
        assertThat(missingRelation.statusCode()).isEqualTo(422);
        assertThat(missingRelation.body()).contains("Kerro, miten henkilö kuuluu perheeseen.");
        assertThat(jdbc.sql("SELECT count(*) FROM case_person WHERE case_id = :c").param("c", built.id().value())
                .query(Long.class).single()).isEqualTo(1);

        form.put("newRelative.relation", "isosisko");
        assertThat(session.postWithCsrfFrom(path, path, form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT kind || ':' || relation FROM case_person WHERE case_id = :c AND name = 'Sanni'")
                .param("c", built.id().value()).query(String.class).single()).isEqualTo("FAMILY_MEMBER:isosisko");
        assertThat(session.get("/cases/" + built.id()).body()).contains("Muut perheenjäsenet", "Sanni", "(isosisko)");
    }
}
