package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.help.HelpRequestId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every contact that reaches client guidance, exactly once per idempotency key: the key is
 * claimed first (a concurrent duplicate waits on the unique index, then finds the winner's
 * receipt), the request row follows in the same transaction. Deadlines are fixed at receipt.
 */
@Service
public class HelpRequestIntake {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final HelpProperties properties;

    HelpRequestIntake(JdbcClient jdbc, AuditLog audit, Clock clock, HelpProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Stores the request, or returns the earlier receipt when {@code idempotencyKey} was used for the
     * same request before. A key reused for a different request is refused.
     *
     * @param idempotencyKey null when the caller has none (each call then makes a new request)
     */
    @Transactional
    public Receipt receive(NewHelpRequest request, String idempotencyKey) {
        // An acknowledged request must survive a crash of the database too, whatever the server's
        // default (an operator may run with synchronous_commit off): flush before we answer.
        jdbc.sql("SET LOCAL synchronous_commit = on").update();
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            String hash = hash(request);
            boolean claimed = jdbc.sql("""
                    INSERT INTO help_request_submission (idempotency_key, request_id, body_hash)
                    VALUES (:key, :id, :hash) ON CONFLICT (idempotency_key) DO NOTHING""")
                    .param("key", idempotencyKey).param("id", id).param("hash", hash).update() == 1;
            if (!claimed) return earlier(idempotencyKey, hash);
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, FINLAND);
        String code = ReceiptCodes.generate();
        jdbc.sql("""
                INSERT INTO help_request (id, receipt_code, channel, received_at, family_centre_area_id, municipality,
                    municipality_code, language, concern, topics, child_ages, expecting, contact_method, contact_value,
                    start_deadline, inquiry_decision_deadline, purge_after)
                VALUES (:id, :code, :channel, :receivedAt, :area, :municipality, :municipalityCode, :language, :concern,
                    :topics, :childAges, :expecting, :contactMethod, :contactValue, :startDeadline,
                    :inquiryDeadline, :purgeAfter)""")
                .param("id", id).param("code", code).param("channel", request.channel().name())
                .param("receivedAt", Timestamp.from(now))
                .param("area", request.area() == null ? null : request.area().value())
                .param("municipality", request.municipality()).param("municipalityCode", request.municipalityCode())
                .param("language", request.language()).param("concern", request.concern())
                .param("topics", request.topics().toArray(String[]::new))
                .param("childAges", request.childAges().stream().map(Integer::shortValue).toArray(Short[]::new))
                .param("expecting", request.expecting())
                .param("contactMethod", request.contactMethod().name()).param("contactValue", request.contactValue())
                .param("startDeadline", StatutoryDeadlines.start(day))
                .param("inquiryDeadline", request.childProtection() ? StatutoryDeadlines.inquiryDecision(day) : null)
                .param("purgeAfter", request.anonymousQuestion()
                        ? Timestamp.from(now.plus(properties.anonymousRetention())) : null)
                .update();
        HelpRequestHistory.append(jdbc, new HelpRequestId(id), null, "RECEIVED",
                Map.of("channel", request.channel().name()), now);
        audit.record(AuditEventType.HELP_REQUEST_RECEIVED, id, AuditOutcome.SUCCESS,
                Map.of("channel", request.channel().name()));
        return new Receipt(new HelpRequestId(id), code, false);
    }

    private Receipt earlier(String key, String hash) {
        var row = jdbc.sql("""
                SELECT s.request_id, s.body_hash, r.receipt_code FROM help_request_submission s
                JOIN help_request r ON r.id = s.request_id WHERE s.idempotency_key = :key""")
                .param("key", key)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                .optional();
        Object[] found = row.orElseThrow(() -> new IllegalStateException("claimed key without a request: " + key));
        if (!hash.equals(found[1])) throw new IdempotencyKeyReused();
        return new Receipt(new HelpRequestId((UUID) found[0]), (String) found[2], true);
    }

    /** The receipt of an earlier submission with this key, if any (for a reload of the form's thank-you page). */
    public Optional<String> receiptCodeFor(String idempotencyKey) {
        return jdbc.sql("""
                SELECT r.receipt_code FROM help_request_submission s JOIN help_request r ON r.id = s.request_id
                WHERE s.idempotency_key = :key""").param("key", idempotencyKey).query(String.class).optional();
    }

    private static String hash(NewHelpRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same idempotency key came with a different request: refused (422), nothing stored. */
    public static class IdempotencyKeyReused extends RuntimeException {
        IdempotencyKeyReused() {
            super("idempotency key reused for a different request");
        }
    }
}
