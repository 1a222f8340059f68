package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a contact to social services (SHL 35 §) or a child-protection notification (LSL 25 §): the
 * help request that puts it in the on-call queue and its details, together or not at all. A retry of
 * the same form returns the first receipt; the same form key with other contents is refused.
 */
@Service
class LegalNotifications {

    private final HelpRequestIntake intake;
    private final NotificationRecords records;
    private final AuditLog audit;
    private final AccessControl access;

    LegalNotifications(HelpRequestIntake intake, NotificationRecords records, AuditLog audit, AccessControl access) {
        this.intake = intake;
        this.records = records;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public Receipt send(NewHelpRequest request, Notification notification, String submissionKey) {
        if (request.channel() != notification.kind()) {
            throw new IllegalArgumentException("request and notification of different kinds");
        }
        if (notification.anonymous() && access.currentUser().isPresent()) {
            // the audit trail would name them: the form refuses this before it gets here
            throw new IllegalStateException("an anonymous notification from a logged-in user");
        }
        String hash = hash(notification);
        Receipt receipt = intake.receive(request, submissionKey);
        if (receipt.replayed()) {
            if (!records.submissionHash(receipt.id()).map(hash::equals).orElse(false)) {
                throw new HelpRequestIntake.IdempotencyKeyReused();
            }
            return receipt;
        }
        records.insert(receipt.id(), notification, hash);
        if (notification.childProtection()) {
            // nothing that identifies an anonymous notifier; the child's details stay out of the log
            audit.record(AuditEventType.CHILD_PROTECTION_NOTIFICATION_MADE, receipt.id().value(), AuditOutcome.SUCCESS,
                    Map.of("variant", notification.variant().name(), "notifierKind",
                            notification.notifierKind().name(), "immediateDanger", notification.immediateDanger()));
        } else {
            audit.record(AuditEventType.SOCIAL_SERVICES_CONTACT_MADE, receipt.id().value(), AuditOutcome.SUCCESS,
                    Map.of("consent", notification.consent().name()));
        }
        return receipt;
    }

    private static String hash(Notification notification) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(notification.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
