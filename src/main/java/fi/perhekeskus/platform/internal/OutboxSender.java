package fi.perhekeskus.platform.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Rows are locked with SKIP LOCKED, so several nodes share the work without
 * sending a message twice; a failure is retried with a growing pause. Without {@code spring.mail.host}
 * mail waits in the outbox.
 */
@Component
@EnableScheduling
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction, Clock clock,
            @Value("${perhekeskus.mail.from:perhekeskus@localhost}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    record Pending(UUID id, String recipient, String subject, String body, String calendar, int attempts) {}

    @Scheduled(fixedDelayString = "${perhekeskus.mail.send-interval:5s}", initialDelayString = "${perhekeskus.mail.send-interval:5s}")
    void sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) return;
        Integer sent;
        do {
            sent = transaction.execute(status -> sendBatch(sender));
        } while (sent != null && sent == BATCH);
    }

    private int sendBatch(JavaMailSender sender) {
        List<Pending> batch = jdbc.sql("""
                SELECT id, recipient, subject, body, calendar, attempts FROM mail_outbox
                WHERE sent_at IS NULL AND next_attempt <= :now ORDER BY next_attempt LIMIT :batch
                FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(clock.instant())).param("batch", BATCH)
                .query(Pending.class).list();
        for (Pending mail : batch) {
            try {
                sender.send(message(sender, mail));
                jdbc.sql("UPDATE mail_outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
                        .param("now", Timestamp.from(clock.instant())).param("id", mail.id()).update();
            } catch (Exception e) {
                Duration pause = Duration.ofMinutes(Math.min(60, 1L << Math.min(mail.attempts(), 6)));
                LOG.warn("Mail {} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1, e.getMessage());
                jdbc.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, next_attempt = :next, last_error = :error
                        WHERE id = :id""")
                        .param("next", Timestamp.from(clock.instant().plus(pause)))
                        .param("error", String.valueOf(e.getMessage())).param("id", mail.id()).update();
            }
        }
        return batch.size();
    }

    private MimeMessage message(JavaMailSender sender, Pending mail) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.calendar() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        if (mail.calendar() != null) {
            helper.addAttachment("invite.ics", new ByteArrayResource(mail.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + method(mail.calendar()));
        }
        return message;
    }

    /** The content type repeats the calendar's METHOD (REQUEST, CANCEL...), or mail clients ignore a cancellation. */
    static String method(String calendar) {
        var m = java.util.regex.Pattern.compile("(?m)^METHOD:([A-Z-]+)\\r?$").matcher(calendar);
        return m.find() ? m.group(1) : "REQUEST";
    }
}
