package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.platform.Notifications;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The user's own notifications page: texts in the reader's language, read marks, and the email switch. */
@PerhekeskusTest
class NotificationsPageTest {

    private static final String PASSWORD = "notif-pw-123456";

    @LocalServerPort int port;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    record User(String username, UUID id, String email) {}

    private User user() {
        String username = WebClientSession.createUser(port, "ilmoitettava", PASSWORD, "Ilona Ilmoitettava", "KEY_PERSON");
        String email = username + "@example.fi";
        jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u").param("e", email).param("u", username).update();
        UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
        return new User(username, id, email);
    }

    private void notify(User user, String booker) {
        transaction.executeWithoutResult(s -> notifications.notify(user.id(), "CONSULTATION_SLOT_BOOKED", "slots.notice.booked",
                List.of(booker, "1.12.2026 13.00–14.30", "Hartolan tiimi"), "/consultation-slots"));
    }

    private UUID newest(User user) {
        return jdbc.sql("SELECT id FROM notification WHERE user_id = :u ORDER BY created_at DESC LIMIT 1")
                .param("u", user.id()).query(UUID.class).single();
    }

    @Test
    void showsTheNotificationsInTheReadersLanguageAndMarksThemRead() {
        User user = user();
        notify(user, "Aino Ahkera");
        UUID first = newest(user);
        notify(user, "Bertta Booker");
        var session = new WebClientSession(port).loggedInAs(user.username(), PASSWORD);

        var page = session.get("/notifications");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aino Ahkera varasi tiimin Hartolan tiimi konsultaatioajan 1.12.2026 13.00–14.30.")
                .contains("Merkitse kaikki luetuiksi");
        assertThat(session.get("/notifications?lang=sv").body()).contains("Aino Ahkera bokade teamets Hartolan tiimi konsultationstid");
        session.get("/notifications?lang=fi");

        var opened = session.postWithCsrfFrom("/notifications", "/notifications/" + first + "/open", Map.of());
        assertThat(WebClientSession.location(opened)).endsWith("/consultation-slots");
        assertThat(notifications.unread(user.id())).isEqualTo(1);

        session.postWithCsrfFrom("/notifications", "/notifications/read-all", Map.of());
        assertThat(notifications.unread(user.id())).isZero();
        assertThat(session.get("/notifications").body()).doesNotContain("Merkitse kaikki luetuiksi");
    }

    @Test
    void markingReadTouchesOnlyOnesOwnNotifications() {
        User owner = user();
        User other = user();
        notify(owner, "Aino Ahkera");
        UUID theirs = newest(owner);
        var session = new WebClientSession(port).loggedInAs(other.username(), PASSWORD);
        session.postWithCsrfFrom("/notifications", "/notifications/" + theirs + "/read", Map.of());
        assertThat(notifications.unread(owner.id())).isEqualTo(1);
        assertThat(session.get("/notifications").body()).doesNotContain("Aino Ahkera");
    }

    @Test
    void withEmailTurnedOffTheNextNotificationSendsNoMail() {
        User user = user();
        var session = new WebClientSession(port).loggedInAs(user.username(), PASSWORD);
        assertThat(session.get("/notifications").body()).contains("Kyllä, lähetä ilmoitukset myös sähköpostiin");

        var saved = session.postWithCsrfFrom("/notifications", "/notifications/email", Map.of("on", "false"));
        assertThat(WebClientSession.location(saved)).endsWith("/notifications?saved");
        assertThat(notifications.emailOn(user.id())).isFalse();
        notify(user, "Aino Ahkera");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e").param("e", user.email())
                .query(Integer.class).single()).isZero();
        assertThat(notifications.unread(user.id())).isEqualTo(1);

        session.postWithCsrfFrom("/notifications", "/notifications/email", Map.of("on", "true"));
        notify(user, "Bertta Booker");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = :e").param("e", user.email())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        var response = new WebClientSession(port).get("/notifications");
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }
}
