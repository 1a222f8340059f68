package fi.perhekeskus.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import fi.perhekeskus.platform.DatabaseMode;
import fi.perhekeskus.platform.PerhekeskusProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 from the zonky binaries unless an external database is
 * configured. Its files live under {@code <data-dir>/postgres} so data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
    static final String DATABASE = "perhekeskus";

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedPostgres embeddedPostgres(PerhekeskusProperties properties) throws IOException {
        Path dir = properties.ephemeralDatabase()
                ? Files.createTempDirectory("perhekeskus-pg")
                : properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dir);
        if (!properties.ephemeralDatabase()) OrphanedPostmaster.stopIfAny(dir);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.ephemeralDatabase())
                // Spring stops PostgreSQL (destroyMethod close) after every bean that uses the database.
                // zonky's own JVM shutdown hook ran concurrently with Spring's and stopped it first, so beans
                // that still write on shutdown (the event publication registry) waited 30 s for a connection.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                // zonky turns synchronous commits off for speed; data kept under ./data must survive a
                // crash once the app has answered, so only a throw-away (test) database skips the flush
                .setServerConfig("synchronous_commit", properties.ephemeralDatabase() ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)",
                postgres.getPort(), dir, (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    @Conditional(NoExternalDatabase.class)
    DataSource dataSource(EmbeddedPostgres postgres,
            // The session settings an external database gets from Spring Boot (application.yml).
            @Value("${spring.datasource.hikari.connection-init-sql:}") String sessionSettings) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), DATABASE));
        ds.setUsername("postgres");
        ds.setPoolName("perhekeskus-embedded");
        ds.setMaximumPoolSize(10);
        if (StringUtils.hasText(sessionSettings)) ds.setConnectionInitSql(sessionSettings);
        return ds;
    }

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return new DatabaseMode(!StringUtils.hasText(environment.getProperty(ExternalDatabaseConfigured.URL_PROPERTY)));
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase(Map.of()).getConnection()) {
            var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
                    .executeQuery().next();
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    static class NoExternalDatabase extends ExternalDatabaseConfigured {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
