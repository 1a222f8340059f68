package fi.perhekeskus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** scripts/backup-embedded.sh and scripts/restore-embedded.sh, as docs/operations.md tells operators to use them. */
class BackupRestoreTest {

    @TempDir
    Path work;

    record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void restoredBackupHoldsTheDataAndRunningDatabaseIsRefused() throws Exception {
        Path dataDir = work.resolve("data");
        Path backups = work.resolve("backups");
        String setting = "perhekeskus.data-dir=" + dataDir;
        String region = "Varmuuskopiomaa " + UUID.randomUUID();

        try (var app = Instances.start(setting)) {
            app.getBean(JdbcClient.class).sql("INSERT INTO region (id, name) VALUES (:id, :name)")
                    .param("id", UUID.randomUUID()).param("name", region).update();

            Result refused = script("backup-embedded.sh", dataDir.toString(), backups.toString());
            assertThat(refused.exitCode()).isEqualTo(3);
            assertThat(refused.stderr()).contains("running").contains("stop Perhekeskus first");
            assertThat(backups).doesNotExist();
        }

        Result backup = script("backup-embedded.sh", dataDir.toString(), backups.toString());
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        Path archive = Path.of(backup.stdout().strip());
        assertThat(archive.getFileName().toString()).matches("perhekeskus-embedded-\\d{8}T\\d{6}Z\\.tar\\.gz");
        assertThat(archive).isRegularFile();

        FileSystemUtils.deleteRecursively(dataDir);
        Result restore = script("restore-embedded.sh", archive.toString(), dataDir.toString());
        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        assertThat(dataDir.resolve("postgres/PG_VERSION")).hasContent("17");

        try (var app = Instances.start(setting)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM region WHERE name = :name").param("name", region)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single()).isEqualTo(12);
        }

        // Restoring over an existing database keeps the old one aside rather than destroying it.
        Result again = script("restore-embedded.sh", archive.toString(), dataDir.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stderr()).contains("moved to");
        try (var aside = Files.list(dataDir)) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postgres.before-restore-"));
        }
    }

    private static Result script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("scripts", name).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }
}
