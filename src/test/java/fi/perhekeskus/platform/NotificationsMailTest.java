package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.TestMailServer;
import fi.perhekeskus.testing.WebClientSession;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications reach the app at once and the mailbox through the outbox, only when the work commits. */
@PerhekeskusTest
class NotificationsMailTest {

    @LocalServerPort int port;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    private UUID user(String email) {
        String username = WebClientSession.createUser(port, "notified", "pw-123456", "Noora Notifioitava", "KEY_PERSON");
        jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u").param("e", email).param("u", username).update();
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    @Test
    void aNotificationIsShownInTheAppAndMailedInThreeLanguages() throws Exception {
        String email = "noora-" + UUID.randomUUID() + "@example.fi";
        UUID user = user(email);
        transaction.executeWithoutResult(s -> notifications.notify(user, "TEST", "notifications.mail.footer", List.of(),
                "/front"));
        assertThat(notifications.unread(user)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.to(email).isEmpty());
        var message = TestMailServer.to(email).getFirst();
        assertThat(message.getSubject()).startsWith("Tämä on Perhekeskus-palvelun automaattinen viesti");
        assertThat(message.getContent().toString()).contains("Detta är ett automatiskt meddelande", "/front");
    }

    @Test
    void noMailLeavesForWorkThatRolledBackOrForAUserWhoTurnedEmailOff() {
        String email = "rollback-" + UUID.randomUUID() + "@example.fi";
        UUID user = user(email);
        try {
            transaction.executeWithoutResult(s -> {
                notifications.notify(user, "TEST", "notifications.mail.footer", List.of(), null);
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        notifications.setEmail(user, false);
        transaction.executeWithoutResult(s -> notifications.notify(user, "TEST", "notifications.mail.footer", List.of(), null));
        assertThat(notifications.unread(user)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }
}
