package fi.perhekeskus.help.internal;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.WebClientSession;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family centre area of the test's own, beside the demo ones, so that its rota and its report
 * figures are exactly what the test made.
 */
final class FixtureArea {

    final UUID id;
    final String name;
    private final JdbcClient jdbc;
    private final int port;

    FixtureArea(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
        this.id = UUID.randomUUID();
        this.name = "Testialue " + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO family_centre_area (id, planning_area_id, name, population, children)
                SELECT :id, planning_area_id, :name, 1000, 200 FROM family_centre_area WHERE id = CAST(:demo AS uuid)""")
                .param("id", id).param("name", name).param("demo", DemoAreas.VALKEAKOSKI_AKAA_URJALA).update();
    }

    /**
     * Removes the area and everything of it, so that tests which count the demo areas (the area
     * list) never see it: a shared database outlives each test.
     */
    void delete() {
        jdbc.sql("DELETE FROM help_request WHERE family_centre_area_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM family_centre_area WHERE id = :id").param("id", id).update();
    }

    /** A new user (password pw-123456) assigned to this area; answers the username. */
    String person(String prefix, String displayName, String role, boolean coordinator) {
        String username = WebClientSession.createUser(port, prefix, "pw-123456", displayName, role);
        jdbc.sql("""
                INSERT INTO area_assignment (user_id, family_centre_area_id, coordinator)
                SELECT id, :area, :coordinator FROM app_user WHERE username = :u""")
                .param("area", id).param("coordinator", coordinator).param("u", username).update();
        return username;
    }

    UUID userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }
}
