package fi.perhekeskus.directory;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Coordinators keep the multi-professional teams: create, edit, members, deactivate; every change audited. */
@PerhekeskusTest
class TeamManagementTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClientSession coordinator() {
        return new WebClientSession(port).loggedInAs("koordinaattori", "demo");
    }

    private int teamsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM multiprofessional_team WHERE name = :n").param("n", name)
                .query(Integer.class).single();
    }

    private int memberships(UUID team) {
        return jdbc.sql("SELECT count(*) FROM team_member WHERE team_id = :t").param("t", team)
                .query(Integer.class).single();
    }

    private long teamAudits(long after, UUID team) {
        return new AuditRows(jdbc).since(after, "koordinaattori").stream()
                .filter(r -> r.type().equals("TEAM_CHANGED") && r.target().equals(team.toString())).count();
    }

    @Test
    void creatingWithErrorsShowsFieldMessagesIn422AndSavesNothing() {
        var session = coordinator();
        String page = "/directory/teams/new";
        String description = "Virhetiimi " + UUID.randomUUID();

        var empty = session.postWithCsrfFrom(page, page, Map.of("name", "", "areaId", "", "description", description));
        var unknownArea = session.postWithCsrfFrom(page, page, Map.of("name", description, "areaId",
                UUID.randomUUID().toString(), "description", ""));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Korjaa seuraavat kohdat").contains("Kirjoita tiimin nimi.")
                .contains("Valitse perhekeskusalue.").contains(description);
        assertThat(unknownArea.statusCode()).isEqualTo(422);
        assertThat(unknownArea.body()).contains("Perhekeskusaluetta ei ole.");
        assertThat(teamsNamed(description)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM multiprofessional_team WHERE description = :d")
                .param("d", description).query(Integer.class).single()).isZero();

        var swedish = session.postWithCsrfFrom(page, page + "?lang=sv", Map.of("name", "", "areaId", ""));
        assertThat(swedish.body()).contains("Skriv teamets namn.");
        var english = session.postWithCsrfFrom(page, page + "?lang=en", Map.of("name", "", "areaId", ""));
        assertThat(english.body()).contains("Enter the team").contains("s name.");
    }

    @Test
    void coordinatorCreatesEditsStaffsAndDeactivatesATeamAndEveryChangeIsAudited() {
        var f = new DirectoryFixtures(jdbc);
        UUID member = f.professional("Tiimiläinen Tiina " + f.suffix, f.area);
        UUID inactive = f.professional("Poissa Pekka " + f.suffix, f.area);
        jdbc.sql("UPDATE professional SET active = false WHERE id = :id").param("id", inactive).update();
        var session = coordinator();
        long before = new AuditRows(jdbc).newestId();
        String name = "Testitiimi " + f.suffix;

        var created = session.postWithCsrfFrom("/directory/teams/new", "/directory/teams/new", Map.of(
                "name", name, "areaId", f.area.toString(), "description", "Kysy meiltä"));
        assertThat(created.statusCode()).isEqualTo(302);
        UUID team = UUID.fromString(location(created).substring(location(created).lastIndexOf('/') + 1));
        String page = "/directory/teams/" + team;
        String body = session.get(page).body();
        assertThat(body).contains(name).contains(f.areaName()).contains("Kysy meiltä")
                .contains("href=\"/teams/" + team + "/slots\"").contains("Tiimiläinen Tiina " + f.suffix);
        assertThat(session.get("/directory/teams").body()).contains(name);

        var edited = session.postWithCsrfFrom(page + "/edit", page + "/edit", Map.of(
                "name", name + " uusi", "areaId", f.sibling.toString(), "description", ""));
        assertThat(edited.statusCode()).isEqualTo(302);
        var badEdit = session.postWithCsrfFrom(page + "/edit", page + "/edit", Map.of(
                "name", " ", "areaId", f.area.toString()));
        assertThat(badEdit.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT name || '|' || family_centre_area_id FROM multiprofessional_team WHERE id = :id")
                .param("id", team).query(String.class).single()).isEqualTo(name + " uusi|" + f.sibling);

        var added = session.postWithCsrfFrom(page, page + "/members", Map.of("professionalId", member.toString()));
        assertThat(added.statusCode()).isEqualTo(302);
        var twice = session.postWithCsrfFrom(page, page + "/members", Map.of("professionalId", member.toString()));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("Ammattilainen on jo tiimin jäsen.");
        var notActive = session.postWithCsrfFrom(page, page + "/members", Map.of("professionalId", inactive.toString()));
        assertThat(notActive.statusCode()).isEqualTo(422);
        assertThat(notActive.body()).contains("vain aktiivisen ammattilaisen voi lisätä tiimiin");
        var none = session.postWithCsrfFrom(page, page + "/members", Map.of("professionalId", ""));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Valitse ammattilainen.");
        assertThat(memberships(team)).isEqualTo(1);
        assertThat(session.get("/directory/professionals/" + member).body()).contains(name + " uusi");

        var removed = session.postWithCsrfFrom(page, page + "/members/" + member + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(memberships(team)).isZero();

        var deactivated = session.postWithCsrfFrom(page, page + "/deactivate", Map.of());
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("Tiimi lopetettiin.").contains("Lopetettu")
                .doesNotContain("href=\"/teams/" + team + "/slots\"");
        session.postWithCsrfFrom(page, page + "/deactivate", Map.of());
        assertThat(session.get(page).body()).contains("Tiimi oli jo lopetettu. Mitään ei muutettu.");
        assertThat(jdbc.sql("SELECT active FROM multiprofessional_team WHERE id = :id").param("id", team)
                .query(Boolean.class).single()).isFalse();

        // created, edited, member added, member removed, deactivated: refused changes leave no row
        assertThat(teamAudits(before, team)).isEqualTo(5);
    }

    @Test
    void closeWorkersCannotManageTeams() {
        var f = new DirectoryFixtures(jdbc);
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");
        String name = "Luvaton tiimi " + f.suffix;

        assertThat(worker.get("/directory/teams").statusCode()).isEqualTo(403);
        assertThat(worker.get("/directory/teams/new").statusCode()).isEqualTo(403);
        var post = worker.postWithCsrfFrom("/directory/finder", "/directory/teams/new", new HashMap<>(Map.of(
                "name", name, "areaId", f.area.toString())));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(teamsNamed(name)).isZero();
        assertThat(coordinator().get("/directory/teams").statusCode()).isEqualTo(200);
    }
}
