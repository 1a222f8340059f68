package fi.perhekeskus.operations;

import fi.perhekeskus.PerhekeskusApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application the way an operator does, each start its own context on a random
 * port. Settings are passed as command-line arguments because {@code application.yml} overrides
 * default properties (e.g. {@code server.port}).
 */
final class Instances {

    private Instances() {}

    static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.io.zonky=WARN",
                "--spring.datasource.hikari.maximum-pool-size=4"));
        for (String setting : settings) args.add("--" + setting);
        return new SpringApplicationBuilder(PerhekeskusApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + port(context);
    }

    /**
     * A database on a separately started PostgreSQL, owned by an ordinary (non-superuser) role
     * the way an operator would set it up; returns the datasource settings for the app.
     */
    static String[] externalDatabase(EmbeddedPostgres server, String database, String user, String password)
            throws SQLException {
        try (Connection c = server.getPostgresDatabase(Map.of()).getConnection(); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + database + " OWNER " + user + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return new String[] {
                "spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password};
    }

    static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
