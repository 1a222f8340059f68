package fi.perhekeskus.platform.internal;

import fi.perhekeskus.platform.Mail;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class MailOutbox implements Mail {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(String recipient, String subject, String body, String calendar) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO mail_outbox (id, recipient, subject, body, calendar, created_at, next_attempt)
                VALUES (:id, :recipient, :subject, :body, :calendar, :now, :now)""")
                .param("id", UUID.randomUUID()).param("recipient", recipient).param("subject", subject)
                .param("body", body).param("calendar", calendar).param("now", now).update();
    }
}
