package fi.perhekeskus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data under PERHEKESKUS_DATA_DIR; a second start reuses it. */
class DataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void secondStartFindsTheDataAndDoesNotDuplicateDemoData() {
        String setting = "perhekeskus.data-dir=" + dataDir;
        int users;
        int areas;
        try (var first = Instances.start(setting)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            users = count(jdbc, "app_user");
            areas = count(jdbc, "family_centre_area");
            assertThat(users).isEqualTo(12);
            assertThat(areas).isEqualTo(18);
            assertThat(jdbc.sql("UPDATE family_centre_area SET description = 'Pysyvä kuvaus' WHERE name = 'Hartola'")
                    .update()).isEqualTo(1);
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("stopped cleanly").isFalse();

        try (var second = Instances.start(setting)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT description FROM family_centre_area WHERE name = 'Hartola'")
                    .query(String.class).single()).isEqualTo("Pysyvä kuvaus");
            assertThat(count(jdbc, "app_user")).isEqualTo(users);
            assertThat(count(jdbc, "family_centre_area")).isEqualTo(areas);
            assertThat(count(jdbc, "area_assignment")).isEqualTo(12); // 7 of the areas, 5 of the on-call rota demo
        }
    }

    private static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
