package fi.perhekeskus.operations;

import fi.perhekeskus.testing.WebClientSession;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD switch the platform to an external PostgreSQL with
 * no other change: here a separately started PostgreSQL 17, with a database owned by an
 * ordinary role (no superuser), as docs/operations.md tells operators to set it up.
 */
class ExternalDatabaseTest {

    static EmbeddedPostgres external;
    static ConfigurableApplicationContext app;
    static String[] datasource;

    @BeforeAll
    static void start() throws Exception {
        external = EmbeddedPostgres.builder().start();
        datasource = Instances.externalDatabase(external, "perhekeskus_ext", "perhekeskus_app", "ext-secret");
        app = Instances.start(Instances.concat(datasource, "perhekeskus.admin-password=Admin-Ext-1"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        if (external != null) external.close();
    }

    @Test
    void migratesTheExternalDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + external.getPort() + "/perhekeskus_ext",
                "perhekeskus_app", "ext-secret")) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (rs.next()) tables.add(rs.getString(1).toLowerCase());
            }
            assertThat(tables).contains("flyway_schema_history", "app_user", "audit_event", "spring_session",
                    "family_centre_area");
            try (var rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            }
            try (var rs = c.createStatement().executeQuery(
                    "SELECT username FROM app_user ORDER BY username")) {
                List<String> users = new ArrayList<>();
                while (rs.next()) users.add(rs.getString(1));
                assertThat(users).as("no demo accounts without PERHEKESKUS_DEMO=true").containsExactly("admin");
            }
        }
    }

    @Test
    void startsNoEmbeddedPostgres() {
        assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        assertThat(app.getEnvironment().getProperty("spring.datasource.url")).contains(":" + external.getPort() + "/");
    }

    @Test
    void logsInThroughHttp() throws Exception {
        var web = new WebClientSession(Instances.baseUrl(app));
        var login = web.login("admin", "Admin-Ext-1");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(web.get(Instances.baseUrl(app) + "/").body()).contains("Olet kirjautunut nimellä Pääkäyttäjä");
    }

    @Test
    void itsSessionsReadTablesFromTheStartSoThatTheSameSearchRanksTheSameMatches() throws Exception {
        try (Connection c = app.getBean(javax.sql.DataSource.class).getConnection();
                var rs = c.createStatement().executeQuery("SHOW synchronize_seqscans")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("off");
        }
    }

    @Test
    void healthIsUp() throws Exception {
        var health = new WebClientSession(Instances.baseUrl(app)).get("/actuator/health", "Accept", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
