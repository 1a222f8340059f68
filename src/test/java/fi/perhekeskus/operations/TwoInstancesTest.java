package fi.perhekeskus.operations;

import fi.perhekeskus.testing.WebClientSession;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database, as behind a load balancer: they start at the same time
 * (Flyway's lock, idempotent start-up and demo data), and a session begun on one continues on
 * the other because sessions live in PostgreSQL.
 */
class TwoInstancesTest {

    static EmbeddedPostgres database;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedPostgres.builder().start();
        String[] settings = Instances.concat(
                Instances.externalDatabase(database, "perhekeskus_shared", "perhekeskus_app", "shared-secret"),
                "perhekeskus.demo=true");
        var startA = CompletableFuture.supplyAsync(() -> Instances.start(settings));
        var startB = CompletableFuture.supplyAsync(() -> Instances.start(settings));
        a = startA.join();
        b = startB.join();
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) a.close();
        if (b != null) b.close();
        if (database != null) database.close();
    }

    @Test
    void startingTogetherLoadsDemoDataOnce() {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT count(*) FROM family_centre_area").query(Integer.class).single()).isEqualTo(18);
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void sessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        String nodeA = Instances.baseUrl(a);
        String nodeB = Instances.baseUrl(b);
        var web = new WebClientSession(nodeA);

        var login = web.login("koordinaattori", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(web.cookie("SESSION")).isPresent();

        var onB = web.get(nodeB + "/");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Olet kirjautunut nimellä Kaisa Koordinaattori");

        var logout = web.post(nodeB + "/logout", Map.of("_csrf", WebClientSession.csrfToken(onB)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/?loggedOut");

        assertThat(web.get(nodeA + "/").body()).doesNotContain("Olet kirjautunut nimellä");
    }

    @Test
    void loggedOutSessionIsGoneOnBothNodes() throws Exception {
        var web = new WebClientSession(Instances.baseUrl(b));
        web.login("johtaja", "demo");
        String session = web.cookie("SESSION").orElseThrow();
        var page = web.get(Instances.baseUrl(a) + "/");
        assertThat(page.body()).contains("Olet kirjautunut nimellä Johanna Johtaja");
        web.post(Instances.baseUrl(a) + "/logout", Map.of("_csrf", WebClientSession.csrfToken(page)));

        var stale = new WebClientSession(Instances.baseUrl(b));
        stale.setCookie("SESSION", session);
        var replay = stale.get("/");
        assertThat(replay.body()).doesNotContain("Olet kirjautunut nimellä");
    }
}
