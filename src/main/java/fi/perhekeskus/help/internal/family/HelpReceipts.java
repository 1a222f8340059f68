package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.help.internal.HelpStatus;
import fi.perhekeskus.help.internal.ReceiptCodes;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family sees with its receipt code: the status and the answer, nothing of what it wrote
 * (whoever finds a code on a note learns no more than that). A malformed code and an unknown one
 * are the same "not found", so the answers tell nothing about which codes exist.
 */
@Component
class HelpReceipts {

    record View(String receiptCode, HelpStatus status, String answer) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    HelpReceipts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Reads the receipt and writes HELP_RECEIPT_VIEWED (the reader is anonymous; the target is the request). */
    @Transactional
    Optional<View> view(String typedCode) {
        Optional<String> code = ReceiptCodes.normalize(typedCode);
        if (code.isEmpty()) return Optional.empty();
        var row = jdbc.sql("SELECT id, status, answer FROM help_request WHERE receipt_code = :code")
                .param("code", code.get())
                .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class),
                        new View(code.get(), HelpStatus.valueOf(rs.getString("status")), rs.getString("answer"))})
                .optional();
        row.ifPresent(r -> audit.record(AuditEventType.HELP_RECEIPT_VIEWED, r[0]));
        return row.map(r -> (View) r[1]);
    }
}
