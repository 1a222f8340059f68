package fi.perhekeskus.operations;

import fi.perhekeskus.testing.WebClientSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without demo data the platform needs PERHEKESKUS_ADMIN_PASSWORD for its first administrator. */
class FirstAdministratorTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesToStartWithoutAdminPassword() {
        assertThatThrownBy(() -> Instances.start("perhekeskus.data-dir=" + dataDir, "perhekeskus.demo=false").close())
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.contains("PERHEKESKUS_ADMIN_PASSWORD")));
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the embedded PostgreSQL was stopped").doesNotExist();
    }

    private static java.util.List<String> messages(Throwable e) {
        var messages = new java.util.ArrayList<String>();
        for (Throwable t = e; t != null; t = t.getCause()) messages.add(String.valueOf(t.getMessage()));
        return messages;
    }

    @Test
    void createsTheAdministratorWithTheGivenPasswordAndNoDemoAccounts() throws Exception {
        try (var app = Instances.start("perhekeskus.data-dir=" + dataDir, "perhekeskus.demo=false",
                "perhekeskus.admin-password=Ensimmäinen-Salasana-7")) {
            String base = Instances.baseUrl(app);

            var admin = new WebClientSession(base);
            var ok = admin.login("admin", "Ensimmäinen-Salasana-7");
            assertThat(ok.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            assertThat(admin.get(base + "/").body()).contains("Olet kirjautunut nimellä Pääkäyttäjä");

            var demo = new WebClientSession(base);
            assertThat(demo.login("koordinaattori", "demo").headers().firstValue("Location").orElseThrow())
                    .contains("/login?error");
            var wrongAdmin = new WebClientSession(base);
            assertThat(wrongAdmin.login("admin", "demo").headers().firstValue("Location").orElseThrow())
                    .contains("/login?error");

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
            assertThat(jdbc.sql("SELECT count(*) FROM family_centre_area").query(Integer.class).single()).isZero();
        }
    }
}
