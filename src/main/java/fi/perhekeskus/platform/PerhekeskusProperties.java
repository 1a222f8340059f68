package fi.perhekeskus.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's own settings, bound from {@code perhekeskus.*} and the environment
 * ({@code PERHEKESKUS_DATA_DIR}, {@code PERHEKESKUS_DEMO}, {@code PERHEKESKUS_ADMIN_PASSWORD}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its files
 * @param demo demo data and accounts; {@code null} means "on with the embedded database, off otherwise"
 * @param adminPassword password for the first administrator when none exists
 * @param ephemeralDatabase embedded database in a throw-away directory (tests)
 * @param devFixtures the dev-only fixture endpoint for browser tests
 * @param maxRequestBytes larger request bodies are refused with 413
 */
@ConfigurationProperties("perhekeskus")
public record PerhekeskusProperties(
        Path dataDir,
        Boolean demo,
        String adminPassword,
        boolean ephemeralDatabase,
        boolean devFixtures,
        Long maxRequestBytes) {

    public PerhekeskusProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (maxRequestBytes == null) maxRequestBytes = 1_048_576L;
    }

    public boolean demoEnabled(boolean embeddedDatabase) {
        return demo != null ? demo : embeddedDatabase;
    }
}
