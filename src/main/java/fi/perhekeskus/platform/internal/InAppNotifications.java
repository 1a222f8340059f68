package fi.perhekeskus.platform.internal;

import fi.perhekeskus.platform.Mail;
import fi.perhekeskus.platform.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Notifications in the app, mirrored to email in the three languages when the user keeps email on. */
@Service
class InAppNotifications implements Notifications {

    private static final List<Locale> LANGUAGES = List.of(Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final Mail mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    InAppNotifications(JdbcClient jdbc, Mail mail, MessageSource messages, Clock clock,
            @Value("${perhekeskus.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void notify(UUID user, String kind, String messageKey, List<String> arguments, String link) {
        jdbc.sql("""
                INSERT INTO notification (id, user_id, kind, message_key, arguments, link, created_at)
                VALUES (:id, :user, :kind, :key, :arguments, :link, :now)""")
                .param("id", UUID.randomUUID()).param("user", user).param("kind", kind).param("key", messageKey)
                .param("arguments", arguments.toArray(String[]::new)).param("link", link)
                .param("now", Timestamp.from(clock.instant())).update();
        String email = emailOn(user) ? jdbc.sql("SELECT email FROM app_user WHERE id = :id AND enabled")
                .param("id", user).query(String.class).optional().orElse(null) : null;
        if (email == null || email.isBlank()) return;
        Object[] args = arguments.toArray();
        String subject = messages.getMessage(messageKey, args, Locale.of("fi"));
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            body.append(messages.getMessage(messageKey, args, language)).append('\n');
        }
        if (link != null) body.append('\n').append(baseUrl).append(link).append('\n');
        body.append('\n').append(messages.getMessage("notifications.mail.footer", null, Locale.of("fi")));
        mail.send(email, subject, body.toString(), null);
    }

    @Override
    public List<Notification> recent(UUID user, int limit) {
        return jdbc.sql("""
                SELECT id, kind, message_key, arguments, link, created_at, read_at IS NOT NULL AS read
                FROM notification WHERE user_id = :user ORDER BY read_at IS NOT NULL, created_at DESC LIMIT :limit""")
                .param("user", user).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("message_key"), Arrays.asList((String[]) rs.getArray("arguments").getArray()),
                        rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("read")))
                .list();
    }

    @Override
    public int unread(UUID user) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", user).query(Integer.class).single();
    }

    @Override
    public void markRead(UUID user, UUID notification) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", notification).param("user", user).update();
    }

    @Override
    public int markAllRead(UUID user) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("user", user).update();
    }

    @Override
    public boolean emailOn(UUID user) {
        return jdbc.sql("SELECT email FROM notification_preference WHERE user_id = :user").param("user", user)
                .query(Boolean.class).optional().orElse(true);
    }

    @Override
    public void setEmail(UUID user, boolean on) {
        jdbc.sql("""
                INSERT INTO notification_preference (user_id, email) VALUES (:user, :on)
                ON CONFLICT (user_id) DO UPDATE SET email = excluded.email""")
                .param("user", user).param("on", on).update();
    }
}
